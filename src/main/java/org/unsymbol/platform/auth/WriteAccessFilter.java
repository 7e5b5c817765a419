package org.unsymbol.platform.auth;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.Problem;
import org.unsymbol.platform.problem.ProblemResponses;

import java.util.Map;

/** Refuses a {@link WriteAccess} request without a valid bearer key with a 401 problem. The key is never logged. */
@Provider
@WriteAccess
@Priority(Priorities.AUTHENTICATION)
public class WriteAccessFilter implements ContainerRequestFilter {

    private static final String SCHEME = "Bearer ";

    private final ApiKeys keys;
    private final ProblemResponses responses;

    public WriteAccessFilter(ApiKeys keys, ProblemResponses responses) {
        this.keys = keys;
        this.responses = responses;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        String detail;
        if (!keys.any()) {
            detail = "Writes are disabled: the service has no API keys configured (unsymbol.api-keys).";
        } else if (header == null || header.isBlank()) {
            detail = "This request changes data and needs 'Authorization: Bearer <key>'.";
        } else if (!header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                || !keys.accepts(header.substring(SCHEME.length()).strip())) {
            detail = "The bearer key is not valid.";
        } else {
            return;
        }
        request.abortWith(responses.response(
                new Problem(ErrorCode.UNAUTHORIZED, detail).instance(request.getUriInfo().getRequestUri().getRawPath()),
                Map.of(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"unsymbol\"")));
    }
}
