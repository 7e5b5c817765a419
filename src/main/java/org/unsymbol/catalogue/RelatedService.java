package org.unsymbol.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import org.unsymbol.catalogue.model.RelationType;
import org.unsymbol.catalogue.store.CatalogueReader.StoredDocument;
import org.unsymbol.catalogue.store.Jdbc;
import org.unsymbol.symbol.DocumentSymbol;
import org.unsymbol.symbol.Modifier;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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

    public RelatedService(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public RelatedView related(StoredDocument doc) {
        DocumentSymbol self = CatalogueSymbols.parse(doc.json().symbol()).symbol().orElseThrow();
        return jdbc.read(c -> {
            List<Related> out = new ArrayList<>(family(c, self));
            out.addAll(stored(c, doc.id()));
            out.addAll(incoming(c, doc.id()));
            return new RelatedView(doc.json().symbol(), doc.json().key(), out);
        });
    }

    private static List<Related> family(Connection c, DocumentSymbol self) throws SQLException {
        List<Related> out = new ArrayList<>();
        String baseKey = DocumentSymbol.keyOf(self.baseCanonical());
        boolean baseCatalogued = false;
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT symbol, lookup_key FROM document
                WHERE base_key = ? AND deleted_at IS NULL AND lookup_key <> ? ORDER BY lookup_key""")) {
            ps.setString(1, baseKey);
            ps.setString(2, self.key());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String symbol = rs.getString(1);
                    boolean isBase = rs.getString(2).equals(baseKey);
                    baseCatalogued |= isBase;
                    out.add(new Related(symbol, isBase ? "base" : familyRole(symbol), "symbol", null, true));
                }
            }
        }
        if (!self.modifiers().isEmpty() && !baseCatalogued) {
            out.add(0, new Related(self.baseCanonical(), "base", "symbol", null, false));
        }
        return out;
    }

    /** The role a family member has by its last modifier: addendum, corrigendum, revision, amendment, summary. */
    static String familyRole(String symbol) {
        List<Modifier> modifiers = CatalogueSymbols.parse(symbol).symbol().map(DocumentSymbol::modifiers)
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

    private static List<Related> stored(Connection c, long id) throws SQLException {
        List<Related> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT r.relation, r.target_symbol,
                       EXISTS (SELECT 1 FROM document_symbol s JOIN document t ON t.id = s.document_id
                               WHERE s.key = r.target_key AND t.deleted_at IS NULL)
                FROM document_relation r WHERE r.document_id = ? ORDER BY r.relation, r.target_key""")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Related(rs.getString(2), rs.getString(1), "stored", "outgoing", rs.getBoolean(3)));
                }
            }
        }
        return out;
    }

    private static List<Related> incoming(Connection c, long id) throws SQLException {
        List<Related> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT r.relation, d.symbol FROM document_relation r JOIN document d ON d.id = r.document_id
                WHERE r.target_key IN (SELECT key FROM document_symbol WHERE document_id = ?)
                  AND d.deleted_at IS NULL AND d.id <> ?
                ORDER BY d.lookup_key, r.relation""")) {
            ps.setLong(1, id);
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String inverse = RelationType.parse(rs.getString(1)).map(RelationType::inverse)
                            .map(RelationType::wire).orElse(rs.getString(1).toLowerCase(Locale.ROOT));
                    out.add(new Related(rs.getString(2), inverse, "stored", "incoming", true));
                }
            }
        }
        return out;
    }
}
