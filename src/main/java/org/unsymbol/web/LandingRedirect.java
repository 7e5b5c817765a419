package org.unsymbol.web;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.unsymbol.catalogue.SymbolPaths;
import org.unsymbol.lang.Language;
import org.unsymbol.platform.RawPath;

import java.util.Locale;

/**
 * The landing page through the resolver: {@code /r/{symbol}?landing} and {@code /r/{lang}/{symbol}?landing} answer
 * 303 See Other to {@code /documents/{symbol}?lang=} (the language of the link when it is one of the six, else the
 * browser's), as a DOI landing page is reached from its link. Without {@code landing} the request goes on to the
 * resolver untouched, which keeps redirecting browsers to the file. A hook in front of the resolver, so that the
 * resolver itself does not change.
 */
@Provider
@PreMatching
public class LandingRedirect implements ContainerRequestFilter {

    static final String PARAMETER = "landing";

    @Override
    public void filter(ContainerRequestContext request) {
        String method = request.getMethod();
        if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method)
                || !request.getUriInfo().getQueryParameters().containsKey(PARAMETER)) {
            return;
        }
        String path = RawPath.after(request.getUriInfo().getRequestUri().getRawPath(), "/r/");
        if (path == null || path.isEmpty()) {
            return;
        }
        Language ui = null;
        String symbol = path;
        int slash = path.indexOf('/');
        if (slash == 2 && path.substring(0, 2).equals(path.substring(0, 2).toLowerCase(Locale.ROOT))) {
            Language segment = Language.fromTag(path.substring(0, 2)).orElse(null);
            if (segment == null) {
                return; // not a language: the resolver answers it (an unknown language is its problem to state)
            }
            ui = UiLanguage.SIX.contains(segment) ? segment : null;
            symbol = path.substring(3);
        }
        if (symbol.isBlank()) {
            return;
        }
        if (ui == null) {
            ui = UiLanguage.choose(null, request.getAcceptableLanguages());
        }
        request.abortWith(Response.seeOther(java.net.URI.create("/documents/" + SymbolPaths.encode(symbol)
                        + "?lang=" + ui.code()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build());
    }
}
