package org.unsymbol.platform.http;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Optional;

/**
 * Forwarded headers speak for the client only from configured proxies. Quarkus honours Forwarded / X-Forwarded-*
 * when {@code quarkus.http.proxy.proxy-address-forwarding} is on, from the peers in
 * {@code quarkus.http.proxy.trusted-proxies} only, but from EVERY peer when that list is empty: then anyone could pick
 * their own address (a fresh rate-limit bucket per request) and the host of the links the service writes. So the
 * service does not start with forwarding on and no trusted proxy named. X-Real-IP is never read.
 */
@Startup
@ApplicationScoped
public class Forwarding {

    public Forwarding(@ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding", defaultValue = "false")
                      boolean forwarding,
                      @ConfigProperty(name = "quarkus.http.proxy.trusted-proxies") Optional<List<String>> proxies) {
        check(forwarding, proxies);
    }

    static void check(boolean forwarding, Optional<List<String>> proxies) {
        if (forwarding && proxies.map(l -> l.stream().allMatch(String::isBlank)).orElse(true)) {
            throw new IllegalStateException("quarkus.http.proxy.proxy-address-forwarding is on but "
                    + "quarkus.http.proxy.trusted-proxies is empty, which would trust forwarded headers from every "
                    + "peer: set it to the addresses or CIDRs of the proxies in front of the service "
                    + "(QUARKUS_HTTP_PROXY_TRUSTED_PROXIES), or turn forwarding off.");
        }
    }
}
