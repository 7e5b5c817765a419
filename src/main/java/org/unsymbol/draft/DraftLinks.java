package org.unsymbol.draft;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
    private final LinkTemplate withLanguage;
    private final LinkTemplate withoutLanguage;

    public DraftLinks(Resolver resolver, @ConfigProperty(name = "unsymbol.public-base-url") String publicBaseUrl) {
        this.resolver = resolver;
        String base = publicBaseUrl.replaceAll("/+$", "");
        this.withLanguage = LinkTemplate.compile(base + "/r/{lang}/{symbol}");
        this.withoutLanguage = LinkTemplate.compile(base + "/r/{symbol}");
    }

    public String link(DocumentSymbol symbol, Optional<Language> language, Optional<CatalogueView> entry,
                       LinkTarget target) {
        if (target == LinkTarget.RESOLVER) {
            return language.map(l -> withLanguage.expand(Map.of("lang", l.code(), "symbol", symbol.canonical())))
                    .orElseGet(() -> withoutLanguage.expand(Map.of("symbol", symbol.canonical())));
        }
        Language in = language.or(() -> entry.map(CatalogueView::originalLanguage)).orElse(Language.EN);
        Links links = resolver.links(symbol, in, entry);
        String direct = target == LinkTarget.UNDOCS ? links.undocs() : links.odsPdf();
        return direct != null ? direct : links.digitalLibrary();
    }
}
