package org.unsymbol.platform.auth;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.Problem;
import org.unsymbol.platform.problem.ProblemResponses;

import java.lang.reflect.Method;
import java.util.Map;

/**
 * Refuses a {@link WriteAccess} request without a valid bearer key with a 401 problem, before its body is read. The
 * key is never logged. A method marked {@code @WriteAccess(whenQueryParameter = "p")} is checked only when the request
 * has {@code p}.
 */
@Provider
@WriteAccess
@Priority(Priorities.AUTHENTICATION)
public class WriteAccessFilter implements ContainerRequestFilter {

    private final ApiKeys keys;
    private final ProblemResponses responses;
    @Context
    ResourceInfo resource;

    public WriteAccessFilter(ApiKeys keys, ProblemResponses responses) {
        this.keys = keys;
        this.responses = responses;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String parameter = onlyWith();
        if (!parameter.isEmpty() && !request.getUriInfo().getQueryParameters().containsKey(parameter)) {
            return; // a read: the parameter that would make it a write is absent
        }
        var refusal = keys.refusal(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (refusal.isEmpty()) {
            return;
        }
        String detail = refusal.get();
        request.abortWith(responses.response(
                new Problem(ErrorCode.UNAUTHORIZED, detail).instance(request.getUriInfo().getRequestUri().getRawPath()),
                Map.of(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"unsymbol\"")));
    }

    /** The query parameter that makes the matched method a write, or "" when it always is. */
    private String onlyWith() {
        Method method = resource == null ? null : resource.getResourceMethod();
        WriteAccess access = method == null ? null : method.getAnnotation(WriteAccess.class);
        return access == null ? "" : access.whenQueryParameter();
    }
}
