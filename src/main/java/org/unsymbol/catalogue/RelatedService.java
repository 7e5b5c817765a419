package org.unsymbol.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import org.unsymbol.catalogue.model.CatalogueDocument;
import org.unsymbol.catalogue.model.RelationType;
import org.unsymbol.catalogue.store.DocumentStore;
import org.unsymbol.catalogue.store.Jdbc;
import org.unsymbol.catalogue.wire.CatalogueSymbols;
import org.unsymbol.symbol.DocumentSymbol;
import org.unsymbol.symbol.Modifier;
import org.unsymbol.symbol.SymbolParser;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A document's relations: its Add./Corr./Rev./Amend. family, computed from the symbols (the base, and the members the
 * catalogue holds), and the relations stored in either direction (named from this document's side).
 */
@ApplicationScoped
public class RelatedService {

    /** One related document. {@code source} is {@code symbol} (computed) or {@code stored}. */
    public record Related(String symbol, String relation, String source, String direction, boolean catalogued) {
    }

    public record RelatedView(String symbol, String key, List<Related> related) {
    }

    private final Jdbc jdbc;
    private final DocumentStore store = new DocumentStore();
    private final CatalogueSymbols symbols;

    public RelatedService(Jdbc jdbc, SymbolParser parser) {
        this.jdbc = jdbc;
        this.symbols = new CatalogueSymbols(parser);
    }

    public RelatedView related(CatalogueDocument doc) {
        DocumentSymbol self = symbols.parse(doc.symbol()).symbol().orElseThrow();
        return jdbc.read(c -> {
            List<Related> out = new ArrayList<>(family(c, self));
            for (DocumentStore.Outgoing r : store.outgoing(c, doc.id())) {
                out.add(new Related(r.targetSymbol(), r.relation(), "stored", "outgoing", r.catalogued()));
            }
            for (DocumentStore.Incoming r : store.incoming(c, doc.id())) {
                String inverse = RelationType.parse(r.relation()).map(RelationType::inverse)
                        .map(RelationType::wire).orElse(r.relation().toLowerCase(Locale.ROOT));
                out.add(new Related(r.sourceSymbol(), inverse, "stored", "incoming", true));
            }
            return new RelatedView(doc.symbol(), doc.key(), out);
        });
    }

    private List<Related> family(Connection c, DocumentSymbol self) throws SQLException {
        List<Related> out = new ArrayList<>();
        String baseKey = DocumentSymbol.keyOf(self.baseCanonical());
        boolean baseCatalogued = false;
        for (DocumentStore.Named member : store.family(c, baseKey, self.key())) {
            boolean isBase = member.key().equals(baseKey);
            baseCatalogued |= isBase;
            out.add(new Related(member.symbol(), isBase ? "base" : familyRole(member.symbol()), "symbol", null, true));
        }
        if (!self.modifiers().isEmpty() && !baseCatalogued) {
            out.add(0, new Related(self.baseCanonical(), "base", "symbol", null, false));
        }
        return out;
    }

    /** The role a family member has by its last modifier: addendum, corrigendum, revision, amendment, summary. */
    String familyRole(String symbol) {
        List<Modifier> modifiers = symbols.parse(symbol).symbol().map(DocumentSymbol::modifiers)
                .orElse(List.of());
        if (modifiers.isEmpty()) {
            return "related";
        }
        return switch (modifiers.get(modifiers.size() - 1).type()) {
            case ADD -> "addendum";
            case CORR -> "corrigendum";
            case REV -> "revision";
            case AMEND -> "amendment";
            case SUMMARY -> "summary";
        };
    }
}
