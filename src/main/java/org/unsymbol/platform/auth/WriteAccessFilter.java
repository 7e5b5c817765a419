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

    private final ApiKeys keys;
    private final ProblemResponses responses;

    public WriteAccessFilter(ApiKeys keys, ProblemResponses responses) {
        this.keys = keys;
        this.responses = responses;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        var refusal = keys.refusal(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (refusal.isEmpty()) {
            return;
        }
        String detail = refusal.get();
        request.abortWith(responses.response(
                new Problem(ErrorCode.UNAUTHORIZED, detail).instance(request.getUriInfo().getRequestUri().getRawPath()),
                Map.of(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"unsymbol\"")));
    }
}
