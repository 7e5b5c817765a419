package org.unsymbol.platform.http;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one place that decides the absolute base of every link the service writes (draft links, {@code Location},
 * {@code Link: rel=next}, citation links): {@code unsymbol.public-base-url} (UNSYMBOL_PUBLIC_BASE_URL) when it is set,
 * else the scheme and authority of the current request. The request's are Vert.x's view of it, which honours
 * {@code Forwarded} / {@code X-Forwarded-Proto} / {@code X-Forwarded-Host} only when they come from a proxy in
 * {@code quarkus.http.proxy.trusted-proxies}. A Host that is not a plain host name or address (and port) is not
 * echoed: the server's own address is used instead.
 */
@ApplicationScoped
public class PublicBaseUrl {

    private static final Pattern AUTHORITY = Pattern.compile(
            "(?:[A-Za-z0-9_-]{1,63}(?:\\.[A-Za-z0-9_-]{1,63}){0,126}\\.?|\\[[0-9A-Fa-f:.]{2,45}])(?::[0-9]{1,5})?");

    private final Optional<String> configured;
    private final CurrentVertxRequest currentRequest;

    public PublicBaseUrl(@ConfigProperty(name = "unsymbol.public-base-url") Optional<String> configured,
                         CurrentVertxRequest currentRequest) {
        this.configured = configured.map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.replaceAll("/+$", ""));
        this.currentRequest = currentRequest;
    }

    /** The base without a trailing slash, e.g. {@code https://unsymbol.example.org} or {@code http://10.0.0.5:8080}. */
    public String get() {
        if (configured.isPresent()) {
            return configured.get();
        }
        RoutingContext ctx;
        try {
            ctx = currentRequest.getCurrent();
        } catch (ContextNotActiveException offTheRequestsThread) {
            ctx = null; // e.g. work handed to another pool without the request context: take the base before
        }
        if (ctx == null) {
            throw new IllegalStateException("no current request to take the public base URL from; "
                    + "set unsymbol.public-base-url");
        }
        return of(ctx.request());
    }

    /** A Host header that is absent (HTTP/1.0), or a host name or address with an optional port. */
    static boolean plausibleHost(String host) {
        if (host == null || host.equals(lastPlausibleHost)) {
            return true; // a service sees few Host values: the last one that matched costs no regex (and no Matcher)
        }
        boolean plausible = AUTHORITY.matcher(host).matches();
        if (plausible) {
            lastPlausibleHost = host;
        }
        return plausible;
    }

    /** The last Host header that {@link #plausibleHost} accepted (a racy cache: any value it holds was accepted). */
    private static volatile String lastPlausibleHost;

    /** Vert.x's scheme and authority of the request: a trusted proxy's forwarded ones, else its own and Host. */
    static String of(HttpServerRequest request) {
        String scheme = "https".equalsIgnoreCase(request.scheme()) ? "https" : "http";
        HostAndPort authority = request.authority();
        String written = authority == null ? null
                : authority.port() < 0 ? authority.host() : authority.host() + ":" + authority.port();
        if (written == null || !AUTHORITY.matcher(written).matches()) {
            SocketAddress local = request.localAddress();
            String host = local == null || local.hostAddress() == null ? "localhost" : local.hostAddress();
            written = (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + (local == null ? "" : ":" + local.port());
        }
        written = written.toLowerCase(Locale.ROOT);
        if (scheme.equals("http") && written.endsWith(":80") || scheme.equals("https") && written.endsWith(":443")) {
            written = written.substring(0, written.lastIndexOf(':'));
        }
        return scheme + "://" + written;
    }
}
