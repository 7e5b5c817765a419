package org.unsymbol.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * The headers of every page: a strict Content-Security-Policy (scripts and styles only from this origin, never inline;
 * requests only to this origin; no frames, no plugins, no base or form elsewhere), no sniffing, no referrer (a draft's
 * page must not leak where it came from), and no caching of a page that may show a draft's results.
 */
@Provider
@HtmlPage
public class PageHeaders implements ContainerResponseFilter {

    public static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("Content-Security-Policy", CSP);
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        response.getHeaders().putSingle("Referrer-Policy", "no-referrer");
        response.getHeaders().putSingle("Cache-Control", "no-store");
    }
}
