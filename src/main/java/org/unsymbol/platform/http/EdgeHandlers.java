package org.unsymbol.platform.http;

import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.quarkus.vertx.http.runtime.RouteConstants;
import org.jboss.resteasy.reactive.server.vertx.VertxInputStream;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.MDC;
import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.Problem;
import org.unsymbol.platform.problem.ProblemException;
import org.unsymbol.platform.problem.ProblemResponses;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * What every request passes before the API sees it: a request id (echoed, and in the logs' MDC), the body-size limit
 * of its endpoint, and the client's rate limit. These run on the event loop and cost no blocking work.
 */
@ApplicationScoped
public class EdgeHandlers {

    public static final String REQUEST_ID = "X-Request-Id";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    static final String IMPORTS = "/api/v1/imports";
    static final String DRAFTS = "/api/v1/drafts/";

    private final RateLimiter rateLimiter;
    private final ProblemResponses problems;
    private final List<Admission> admissions;
    /** The limits, read once (a config mapping is fixed for the application's life), boxed once for the context. */
    private final long uriLimit;
    private final long headerLimit;
    private final Long bodyLimit;
    private final Long draftBodyLimit;
    private final HeldRefusals held;

    public EdgeHandlers(LimitsConfig limits, RateLimiter rateLimiter, ProblemResponses problems,
                        Instance<Admission> admissions) {
        this.admissions = admissions.stream().toList();
        this.uriLimit = limits.uri().asLongValue();
        this.headerLimit = limits.headers().asLongValue();
        this.bodyLimit = limits.body().asLongValue();
        this.draftBodyLimit = limits.draftBody().asLongValue();
        this.held = new HeldRefusals(limits.busyHold().toMillis(), limits.busyHoldMax());
        this.rateLimiter = rateLimiter;
        this.problems = problems;
    }

    void install(@Observes Router router) {
        // after Quarkus's own upload-limit route, which would otherwise overwrite our per-endpoint stream limit
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(this::handle);
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String id = request.getHeader(REQUEST_ID);
        if (id == null || !SAFE_ID.matcher(id).matches()) {
            id = newRequestId();
        }
        MDC.put("requestId", id);
        ctx.response().putHeader(REQUEST_ID, id);

        ProblemException refused = tooLong(request);
        if (refused == null && !PublicBaseUrl.plausibleHost(request.getHeader(HttpHeaders.HOST))) {
            // the REST layer builds the request URI from Host, and links are made from it
            refused = new ProblemException(ErrorCode.BAD_REQUEST, "The Host header is not a host name or address.");
        }
        if (refused != null) {
            send(ctx, refused);
            return;
        }
        // every decision below is taken on the path the routers will match, never on the path as written:
        // /q/../api/v1/resolve is /api/v1/resolve, and is limited as such
        RoutedPath path = RoutedPath.of(request.path(), ctx.normalizedPath());
        if (path.plainlyUnder("/q/")) {
            ctx.next(); // health, metrics and docs are for operators and probes: never limited
            return;
        }
        refused = bodyTooLarge(ctx, path);
        if (refused == null && rateLimiter.enabled()) {
            // the peer, or the client a trusted proxy names (Quarkus checks the peer; Forwarding requires a list)
            String client = rateLimiter.clientOf(request.getHeader(HttpHeaders.AUTHORIZATION),
                    request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress());
            ctx.put(RateLimiter.CLIENT, client);
            ConsumptionProbe probe = rateLimiter.consume(client, 1);
            if (probe.isConsumed()) {
                ctx.response().putHeader("RateLimit-Limit", Long.toString(rateLimiter.capacity()))
                        .putHeader("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()))
                        .putHeader("RateLimit-Reset", Long.toString(rateLimiter.resetSeconds(probe)));
            } else {
                refused = rateLimiter.tooMany(probe);
            }
        }
        if (refused != null) {
            send(ctx, refused);
            return;
        }
        refused = notAdmitted(path, request);
        if (refused != null) {
            sendHeld(ctx, refused);
            return;
        }
        ctx.next();
    }

    /**
     * A busy refusal, sent after {@code unsymbol.limits.busy-hold} with the request paused (its body stays unread in
     * the socket) and on a timer (no thread waits), so that a client posting again the moment it is answered is paced
     * to about one refusal per hold and connection. Past {@code busy-hold-max} held refusals, or when the connection
     * closes first, nothing more is held.
     */
    private void sendHeld(RoutingContext ctx, ProblemException refused) {
        if (!held.tryHold()) {
            send(ctx, refused);
            return;
        }
        ctx.request().pause();
        ctx.vertx().setTimer(held.millis(), timer -> {
            held.release();
            if (!ctx.response().closed() && !ctx.response().ended()) {
                send(ctx, refused);
            }
        });
    }

    /**
     * A random (version 4) UUID, as {@link UUID#randomUUID()} writes it, from the thread's own generator: a request id
     * correlates log lines and is no secret, and {@code randomUUID}'s shared {@code SecureRandom} is a lock that every
     * request of every event loop would take.
     */
    static String newRequestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long msb = random.nextLong() & ~0xF000L | 0x4000L;                       // version 4
        long lsb = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L; // IETF variant
        return new UUID(msb, lsb).toString();
    }

    /** The first refusal of a feature that could not serve this request anyway (before its body is read). */
    private ProblemException notAdmitted(RoutedPath path, HttpServerRequest request) {
        for (Admission admission : admissions) {
            Optional<ProblemException> refusal = admission.refuse(path, request.method().name(),
                    request.getHeader(HttpHeaders.CONTENT_TYPE));
            if (refusal.isPresent()) {
                return refusal.get();
            }
        }
        return null;
    }

    /**
     * The request line and header limits as problems (414, 431). The HTTP decoder's own limits
     * ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}) are set above these and stay the
     * memory guard; what the decoder refuses itself is answered by Vert.x without a body, which Quarkus gives no way
     * to change.
     */
    private ProblemException tooLong(HttpServerRequest request) {
        if (request.uri().length() > uriLimit) {
            return new ProblemException(ErrorCode.URI_TOO_LONG, "The request URI has " + request.uri().length()
                    + " characters; at most " + uriLimit + " are accepted.").with("limit", uriLimit);
        }
        long size = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            size += header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF
        }
        if (size > headerLimit) {
            return new ProblemException(ErrorCode.HEADERS_TOO_LARGE, "The request headers have " + size
                    + " bytes; at most " + headerLimit + " are accepted.").with("limit", headerLimit);
        }
        return null;
    }

    /**
     * A declared {@code Content-Length} over the endpoint's limit is refused before anything is read; a chunked body
     * is counted against the same limit by the REST layer's input stream, which reads it from the routing context.
     * The endpoint is the routed one: only a request that is routed to the import endpoint, spelled so that no later
     * decoding can route it elsewhere, streams up to the server-wide ceiling; drafts get theirs under
     * /api/v1/drafts/; everything else, odd spellings included, the ordinary limit.
     */
    private ProblemException bodyTooLarge(RoutingContext ctx, RoutedPath path) {
        HttpServerRequest request = ctx.request();
        if (request.method() == HttpMethod.POST && path.is(IMPORTS)) {
            return null; // imports are streamed record by record up to the server-wide ceiling
        }
        Long limit = path.under(DRAFTS) ? draftBodyLimit : bodyLimit;
        ctx.put(VertxInputStream.MAX_REQUEST_SIZE_KEY, limit);
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        long declared;
        try {
            declared = length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return new ProblemException(ErrorCode.BAD_REQUEST, "Content-Length is not a number.");
        }
        if (declared > limit) {
            return new ProblemException(ErrorCode.PAYLOAD_TOO_LARGE,
                    "The body has " + declared + " bytes; this endpoint takes at most " + limit + ".")
                    .with("limit", limit);
        }
        return null;
    }

    private void send(RoutingContext ctx, ProblemException e) {
        Problem problem = e.problem().instance(ctx.normalizedPath());
        var response = ctx.response().setStatusCode(problem.getStatus())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        for (Map.Entry<String, String> h : e.headers().entrySet()) {
            response.putHeader(h.getKey(), h.getValue());
        }
        if (problem.getStatus() == 413 || problem.getStatus() == 503) {
            response.putHeader(HttpHeaders.CONNECTION, "close"); // do not read a body we refused
        }
        response.end(problems.serialize(problem));
    }
}
