package org.unsymbol.platform.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.unsymbol.platform.auth.ApiKeys;
import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.Function;

/**
 * Per-client token buckets (Bucket4j): a client is its API key when the key is one of {@code unsymbol.api-keys}
 * (hashed, never kept in clear), else its address. An unknown bearer key is not an identity (anyone can make up a new
 * one per request): it counts as the address it comes from, and reads stay public; a write with it is refused with 401
 * by {@link org.unsymbol.platform.auth.WriteAccessFilter}. The address is the TCP peer, or the client that a trusted
 * proxy names ({@code quarkus.http.proxy.*}: forwarded headers are honoured only from
 * {@code quarkus.http.proxy.trusted-proxies}). Every request costs one token at the door; batch endpoints charge the
 * rest of their items once they know the count, before they do the work.
 */
@ApplicationScoped
public class RateLimiter {

    static final String CLIENT = "unsymbol.client";

    private final RateLimitConfig config;
    private final CurrentVertxRequest currentRequest;
    private final ApiKeys keys;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(10)).build();
    /** Made once: a capturing lambda at the call would be a new object per request. */
    private final Function<String, Bucket> newBucket = client -> newBucket();

    public RateLimiter(RateLimitConfig config, CurrentVertxRequest currentRequest, ApiKeys keys) {
        this.config = config;
        this.currentRequest = currentRequest;
        this.keys = keys;
    }

    public boolean enabled() {
        return config.enabled();
    }

    public long capacity() {
        return config.capacity();
    }

    ConsumptionProbe consume(String client, long tokens) {
        return buckets.get(client, newBucket).tryConsumeAndReturnRemaining(tokens);
    }

    /** Charges the current request's client for {@code items} units of batch work beyond the request itself. */
    public void chargeItems(long items) {
        if (!config.enabled() || items <= 1) {
            return;
        }
        RoutingContext ctx = currentRequest.getCurrent();
        String client = ctx == null ? null : ctx.get(CLIENT);
        if (client == null) {
            return;
        }
        ConsumptionProbe probe = consume(client, items - 1);
        if (!probe.isConsumed()) {
            throw tooMany(probe);
        }
    }

    ProblemException tooMany(ConsumptionProbe probe) {
        long retry = retryAfterSeconds(probe);
        return new ProblemException(ErrorCode.RATE_LIMITED,
                "This client has used its request allowance; retry in " + retry + " s.")
                .with("retryAfter", retry)
                .header("Retry-After", Long.toString(retry))
                .header("RateLimit-Limit", Long.toString(config.capacity()))
                .header("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()))
                .header("RateLimit-Reset", Long.toString(retry));
    }

    static long retryAfterSeconds(ConsumptionProbe probe) {
        return Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
    }

    /** Seconds until the bucket is full again. */
    long resetSeconds(ConsumptionProbe probe) {
        long missing = config.capacity() - probe.getRemainingTokens();
        return (missing + config.refillPerSecond() - 1) / config.refillPerSecond();
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(config.capacity())
                .refillGreedy(config.refillPerSecond(), Duration.ofSeconds(1)).build()).build();
    }

    /** The client identity: a short hash of the bearer key when it is a configured key, else the remote address. */
    String clientOf(String authorization, String address) {
        String key = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).strip() : null;
        if (key != null && keys.accepts(key)) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
                return "key:" + HexFormat.of().formatHex(digest, 0, 12);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return "ip:" + address;
    }
}
