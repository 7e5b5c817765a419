package org.unsymbol.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.vertx.VertxInputStream;
import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.Problem;
import org.unsymbol.platform.problem.ProblemResponses;

/**
 * Two request-body limits instead of Quarkus's one. {@code quarkus.http.limits.max-body-size} is set high, to what a
 * streamed bulk import may send (it is read record by record, never buffered); every other request is held to
 * {@code unsymbol.http.max-body-size} here, right after Quarkus's own check, with a problem+json 413. The same
 * mechanism as Quarkus's: a declared {@code Content-Length} is checked up front, a chunked body is counted by the REST
 * layer's input stream against the limit put in the routing context.
 */
@ApplicationScoped
public class RequestBodyLimits {

    /** Paths (POST) whose bodies are streamed and may use the high limit. */
    static final String STREAMED_PREFIX = "/api/v1/imports";

    private final long limit;
    private final ProblemResponses responses;

    public RequestBodyLimits(@ConfigProperty(name = "unsymbol.http.max-body-size", defaultValue = "20M")
                             MemorySize limit, ProblemResponses responses) {
        this.limit = limit.asLongValue();
        this.responses = responses;
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(this::enforce);
    }

    void enforce(RoutingContext ctx) {
        if (ctx.request().method() == HttpMethod.POST && ctx.normalizedPath().startsWith(STREAMED_PREFIX)) {
            ctx.next();
            return;
        }
        String length = ctx.request().headers().get(HttpHeaders.CONTENT_LENGTH);
        if (length != null && parse(length) > limit) {
            String body = responses.serialize(new Problem(ErrorCode.PAYLOAD_TOO_LARGE,
                    "The request body is larger than " + limit + " bytes; bulk data goes to POST " + STREAMED_PREFIX
                            + ".").instance(ctx.normalizedPath()));
            ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close").end(body);
            return;
        }
        ctx.put(VertxInputStream.MAX_REQUEST_SIZE_KEY, limit);
        ctx.next();
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
