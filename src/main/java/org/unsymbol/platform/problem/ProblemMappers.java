package org.unsymbol.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/** Turns every exception that reaches the REST layer into an RFC 9457 problem with a stable code. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ProblemResponses responses;

    public ProblemMappers(ProblemResponses responses) {
        this.responses = responses;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return responses.response(e.problem().instance(path(uri)), e.headers());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return responses.response(new Problem(ErrorCode.NOT_FOUND,
                "Nothing is served at " + path(uri) + ". The API lives under /api/v1; see /q/swagger-ui.")
                .instance(path(uri)));
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        Set<String> methods = e.getResponse().getAllowedMethods().isEmpty() ? AllowedMethods.ofCurrentRequest()
                : new TreeSet<>(e.getResponse().getAllowedMethods()); // Quarkus REST's own 405 names none
        String allow = String.join(", ", methods);
        return responses.response(new Problem(ErrorCode.METHOD_NOT_ALLOWED,
                "This resource does not accept that method. Allowed: " + allow + ".")
                .with("allowed", methods).instance(path(uri)), Map.of("Allow", allow));
    }

    @ServerExceptionMapper
    public Response notSupported(NotSupportedException e, UriInfo uri) {
        return responses.response(new Problem(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                "This resource does not accept that Content-Type.").instance(path(uri)));
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, UriInfo uri) {
        return responses.response(new Problem(ErrorCode.NOT_ACCEPTABLE,
                "This resource cannot answer in any media type that the Accept header allows.")
                .instance(path(uri)));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return json(json, uri); // Quarkus REST wraps body-reading failures in a plain 400
            }
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        ErrorCode code = switch (status) {
            case 401 -> ErrorCode.UNAUTHORIZED;
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 406 -> ErrorCode.NOT_ACCEPTABLE;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            default -> ErrorCode.BAD_REQUEST;
        };
        return responses.response(new Problem(code, safeMessage(e)).instance(path(uri)));
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        Problem problem = new Problem(ErrorCode.MALFORMED_JSON, jsonMessage(e)).instance(path(uri));
        if (e.getLocation() != null) {
            problem.with("line", e.getLocation().getLineNr()).with("column", e.getLocation().getColumnNr());
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            problem.with("pointer", pointer(mapping));
        }
        return responses.response(problem);
    }

    /** Quarkus REST has its own (body-less) mapper for this subtype; ours must be at least as specific. */
    @ServerExceptionMapper
    public Response mismatchedInput(com.fasterxml.jackson.databind.exc.MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Map<String, String>> violations = e.getConstraintViolations().stream()
                .map(ProblemMappers::violation).collect(Collectors.toList());
        return responses.response(new Problem(ErrorCode.VALIDATION_FAILED,
                violations.size() + " value(s) of the request are not acceptable.")
                .with("violations", violations).instance(path(uri)));
    }

    @ServerExceptionMapper
    public Response validation(ValidationException e, UriInfo uri) {
        return responses.response(new Problem(ErrorCode.VALIDATION_FAILED, "The request is not valid.")
                .instance(path(uri)));
    }

    @ServerExceptionMapper(priority = Integer.MAX_VALUE)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseFailures.isUnavailable(e)) {
            return responses.response(new Problem(ErrorCode.DATABASE_UNAVAILABLE,
                    "The catalogue database cannot be reached right now. Try again shortly.")
                    .instance(path(uri)), Map.of("Retry-After", "5"));
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error %s on %s", incident, path(uri));
        return responses.response(new Problem(ErrorCode.INTERNAL_ERROR,
                "An unexpected error occurred; it has been logged as incident " + incident + ".")
                .with("incident", incident).instance(path(uri)));
    }

    private static Map<String, String> violation(ConstraintViolation<?> v) {
        String field = v.getPropertyPath().toString();
        int dot = field.lastIndexOf('.');
        return Map.of("field", dot >= 0 ? field.substring(dot + 1) : field, "message", v.getMessage());
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            sb.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()));
        }
        return sb.toString();
    }

    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("`([^`]*)`");

    /** Jackson's messages quote Java types and tokens; clients need the JSON-level reason only. */
    public static String jsonMessage(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            return "The body is not valid JSON.";
        }
        int javaDetail = message.indexOf(" (for ");
        message = javaDetail > 0 ? message.substring(0, javaDetail) : message;
        java.util.regex.Matcher m = QUOTED.matcher(message);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(jsonType(m.group(1))));
        }
        m.appendTail(sb);
        return sb.toString().replace("type an ", "an ").replace("type a ", "a ");
    }

    private static String jsonType(String quoted) {
        String t = quoted.replace("JsonToken.", "");
        if (t.contains("List") || t.contains("Set") || t.contains("[]") || t.equals("START_ARRAY")) {
            return "an array";
        }
        if (t.contains("Map") || t.equals("START_OBJECT") || t.endsWith("Object")) {
            return "an object";
        }
        if (t.contains("String") || t.equals("VALUE_STRING")) {
            return "a string";
        }
        if (t.matches(".*(Integer|Long|Double|Float|BigDecimal|int|long|double|VALUE_NUMBER_INT|VALUE_NUMBER_FLOAT)")) {
            return "a number";
        }
        if (t.contains("Boolean") || t.equals("boolean") || t.startsWith("VALUE_TRUE") || t.startsWith("VALUE_FALSE")) {
            return "a boolean";
        }
        return t.contains(".") ? "a value" : "'" + t + "'";
    }

    /** Java type names, stack-trace words and database codes: what a framework's message may carry. */
    private static final java.util.regex.Pattern INTERNALS = java.util.regex.Pattern.compile(
            "\\b[a-z]+\\.[a-z]+\\.[A-Za-z]|Exception|SQLSTATE|\\$|\\bat [a-z]+\\.");

    /** Our code throws no WebApplicationException: its message is the framework's, shown only when it is plain. */
    private static String safeMessage(WebApplicationException e) {
        String message = e.getMessage();
        return message == null || message.startsWith("HTTP ") || INTERNALS.matcher(message).find()
                ? "The request could not be processed." : message;
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
