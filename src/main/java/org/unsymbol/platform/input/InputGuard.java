package org.unsymbol.platform.input;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.Problem;
import org.unsymbol.platform.problem.ProblemResponses;
import org.unsymbol.symbol.SymbolParser;

import java.util.List;
import java.util.Map;

/**
 * What every API request is checked for before JAX-RS routes it, in one place rather than at each parameter:
 * <ul>
 *   <li>a query parameter or the path holding a character PostgreSQL text cannot store (U+0000, an unpaired
 *       surrogate): {@code 400 INVALID_CHARACTER} naming the parameter;</li>
 *   <li>a symbol in the path longer than {@link SymbolParser#MAX_LENGTH}: {@code 414 SYMBOL_TOO_LONG}. Routing
 *       itself matches the {@code {symbol: .+}/languages} templates with {@code Matcher.find}, which costs time
 *       quadratic in the path's length (a 4,000-character symbol took 400 ms of event-loop time), so the limit must
 *       come before routing, not in the resource;</li>
 *   <li>a {@code Content-Type} that is not a media type at all ({@code a/b/c}): {@code 415}, not a 500 from the
 *       router's media-type matching.</li>
 * </ul>
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class InputGuard implements ContainerRequestFilter {

    /** Paths whose rest is a symbol (or a body prefix); the suffixes are the sub-resources of a document. */
    private static final String[] SYMBOL_PATHS = {"/api/v1/symbols/", "/api/v1/documents/", "/api/v1/resolve/",
            "/api/v1/bodies/", "/r/"};
    private static final String[] SUFFIXES = {"/languages", "/related", "/citations", "/cited-by"};

    private final ProblemResponses responses;
    private final CurrentVertxRequest vertxRequest;

    public InputGuard(ProblemResponses responses, CurrentVertxRequest vertxRequest) {
        this.responses = responses;
        this.vertxRequest = vertxRequest;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        Problem refused = symbolTooLong(path);
        if (refused == null) {
            refused = plainQuery() ? unstorable("path", path)
                    : unstorable(request.getUriInfo().getQueryParameters(), path);
        }
        if (refused == null) {
            refused = badContentType(request.getHeaderString(HttpHeaders.CONTENT_TYPE));
        }
        if (refused != null) {
            request.abortWith(responses.response(
                    refused.instance(request.getUriInfo().getRequestUri().getRawPath()), Map.of()));
        }
    }

    /**
     * True when the raw query string cannot decode to anything unstorable: there is none, or it is all printable
     * ASCII with no escape (decoding can then only turn a {@code +} into a space). The common case is decided so
     * without building the parameter map.
     */
    private boolean plainQuery() {
        RoutingContext ctx = vertxRequest.getCurrent();
        if (ctx == null) {
            return false;
        }
        String query = ctx.request().query();
        if (query == null) {
            return true;
        }
        for (int i = 0, n = query.length(); i < n; i++) {
            char c = query.charAt(i);
            if (c < 0x20 || c > 0x7E || c == '%') {
                return false;
            }
        }
        return true;
    }

    /** The symbol part of a symbol path, or null when the path takes none. */
    static String symbolOf(String path) {
        for (String prefix : SYMBOL_PATHS) {
            if (path.startsWith(prefix)) {
                String rest = path.substring(prefix.length());
                if (prefix.equals("/api/v1/symbols/") && rest.equals("validate")) {
                    return null;
                }
                if (prefix.equals("/api/v1/documents/")) {
                    for (String suffix : SUFFIXES) {
                        if (rest.endsWith(suffix)) {
                            return rest.substring(0, rest.length() - suffix.length());
                        }
                    }
                }
                if (prefix.equals("/r/") && rest.length() > 3 && rest.charAt(2) == '/'
                        && Character.isLetter(rest.charAt(0)) && Character.isLetter(rest.charAt(1))) {
                    return rest.substring(3); // /r/{lang}/{symbol}
                }
                return rest;
            }
        }
        return null;
    }

    private static Problem symbolTooLong(String path) {
        String symbol = symbolOf(path);
        if (symbol == null || symbol.length() <= SymbolParser.MAX_LENGTH) {
            return null;
        }
        return new Problem(ErrorCode.SYMBOL_TOO_LONG, "The symbol in the path has " + symbol.length()
                + " characters; a symbol has at most " + SymbolParser.MAX_LENGTH + ".")
                .with("limit", SymbolParser.MAX_LENGTH);
    }

    private static Problem unstorable(MultivaluedMap<String, String> query, String path) {
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            Problem p = unstorable(parameter.getKey(), parameter.getKey());
            for (String value : parameter.getValue()) {
                p = p != null ? p : unstorable(parameter.getKey(), value);
            }
            if (p != null) {
                return p;
            }
        }
        return unstorable("path", path);
    }

    private static Problem unstorable(String parameter, String value) {
        int at = StorableText.firstUnstorable(value);
        if (at < 0) {
            return null;
        }
        return new Problem(ErrorCode.INVALID_CHARACTER, "The " + (parameter.equals("path") ? "path" : "parameter '"
                + parameter + "'") + " holds " + StorableText.describe(value, at)
                + ", a character that no value may contain.").with("parameter", parameter);
    }

    private static Problem badContentType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        try {
            MediaType.valueOf(contentType);
            return null;
        } catch (IllegalArgumentException e) {
            return new Problem(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "The Content-Type is not a media type (type/subtype, then optional parameters).");
        }
    }
}
