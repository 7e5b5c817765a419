package org.unsymbol.draft;

import jakarta.enterprise.context.ApplicationScoped;
import org.unsymbol.platform.http.PublicBaseUrl;
import org.unsymbol.lang.Language;
import org.unsymbol.links.LinkTemplate;
import org.unsymbol.links.Links;
import org.unsymbol.resolve.CatalogueView;
import org.unsymbol.resolve.Resolver;
import org.unsymbol.symbol.DocumentSymbol;

import java.util.Map;
import java.util.Optional;

/**
 * The link a checked reference gets: by default this service's absolute {@code /r/{lang}/{symbol}} (the symbol
 * path-encoded as {@link LinkTemplate} does: slashes and parentheses raw, a space as %20), or a direct target.
 */
@ApplicationScoped
public class DraftLinks {

    private final Resolver resolver;
    /** The templates fix a stand-in base; each link gets the request's own ({@link PublicBaseUrl}) instead. */
    private static final String STAND_IN = "http://base.invalid";

    private final PublicBaseUrl base;
    private final LinkTemplate withLanguage = LinkTemplate.compile(STAND_IN + "/r/{lang}/{symbol}");
    private final LinkTemplate withoutLanguage = LinkTemplate.compile(STAND_IN + "/r/{symbol}");

    public DraftLinks(Resolver resolver, PublicBaseUrl base) {
        this.resolver = resolver;
        this.base = base;
    }

    public String link(DocumentSymbol symbol, Optional<Language> language, Optional<CatalogueView> entry,
                       LinkTarget target) {
        if (target == LinkTarget.RESOLVER) {
            String link = language.map(l -> withLanguage.expand(Map.of("lang", l.code(), "symbol", symbol.canonical())))
                    .orElseGet(() -> withoutLanguage.expand(Map.of("symbol", symbol.canonical())));
            return base.get() + link.substring(STAND_IN.length());
        }
        Language in = language.or(() -> entry.map(CatalogueView::originalLanguage)).orElse(Language.EN);
        Links links = resolver.links(symbol, in, entry);
        String direct = target == LinkTarget.UNDOCS ? links.undocs() : links.odsPdf();
        return direct != null ? direct : links.digitalLibrary();
    }
}
