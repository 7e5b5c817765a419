package org.unsymbol.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/**
 * Writes problems as {@code application/problem+json}. The body is serialized here, to a string, so that it goes out
 * whatever the request's {@code Accept} asked for: an error must never turn into a second error (406) or an HTML page.
 */
@ApplicationScoped
public class ProblemResponses {

    private final ObjectMapper json;

    public ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    public Response response(Problem problem, Map<String, String> headers) {
        Response.ResponseBuilder builder = Response.status(problem.getStatus())
                .type(Problem.MEDIA_TYPE)
                .entity(serialize(problem));
        headers.forEach(builder::header);
        return builder.build();
    }

    public Response response(Problem problem) {
        return response(problem, Map.of());
    }

    public String serialize(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            // cannot happen for our own value type; still answer with a well-formed body
            return "{\"type\":\"/problems/internal-error\",\"title\":\"Internal error\",\"status\":500,"
                    + "\"code\":\"INTERNAL_ERROR\"}";
        }
    }
}
