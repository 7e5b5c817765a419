package org.unsymbol.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import org.unsymbol.catalogue.model.CatalogueRecord;
import org.unsymbol.catalogue.store.CatalogueReader;
import org.unsymbol.catalogue.store.CatalogueReader.StoredDocument;
import org.unsymbol.catalogue.store.CatalogueWriter;
import org.unsymbol.catalogue.store.CatalogueWriter.Outcome;
import org.unsymbol.catalogue.store.CatalogueWriter.Result;
import org.unsymbol.catalogue.store.Jdbc;
import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.ProblemException;
import org.unsymbol.registry.FindingView;
import org.unsymbol.registry.MalformedSymbol;
import org.unsymbol.symbol.DocumentSymbol;
import org.unsymbol.symbol.ParseResult;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and writes single documents: lookup by any spelling of any of their symbols, create-or-replace with optimistic
 * locking, soft delete. Owns the transactions and announces every committed change.
 */
@ApplicationScoped
public class CatalogueService {

    private final Jdbc jdbc;
    private final CatalogueReader reader = new CatalogueReader();
    private final CatalogueWriter writer = new CatalogueWriter();
    private final Suggestions suggestions = new Suggestions();
    private final Event<CatalogueChanged> changed;

    public CatalogueService(Jdbc jdbc, Event<CatalogueChanged> changed) {
        this.jdbc = jdbc;
        this.changed = changed;
    }

    /** The result of a PUT: the stored document, and whether it was created (or revived) rather than replaced. */
    public record PutResult(StoredDocument document, boolean created) {
    }

    /** The document any variant of {@code input} names, or a 404/422 problem that says why not. */
    public StoredDocument get(String input) {
        DocumentSymbol symbol = symbolOf(input);
        return jdbc.read(c -> reader.findByKey(c, symbol.key())).orElseThrow(() -> notFound(input, symbol));
    }

    public PutResult put(String pathSymbol, String body, Preconditions preconditions) {
        CatalogueRecord record = RecordValidator.validate(CatalogueJson.readDocument(body), pathSymbol);
        return put(record, preconditions);
    }

    public PutResult put(CatalogueRecord record, Preconditions preconditions) {
        Set<String> affected = new HashSet<>();
        PutResult result = writeTransaction(c -> putIn(c, record, preconditions, affected));
        changed.fire(CatalogueChanged.of(affected));
        return result;
    }

    /** The write of a PUT inside the caller's transaction; the document's row stays locked until it commits. */
    private PutResult putIn(Connection c, CatalogueRecord record, Preconditions preconditions, Set<String> affected)
            throws SQLException {
        affected.addAll(CatalogueWriter.claimedKeys(record).keySet());
        Optional<Current> current = current(c, record.key());
        if (current.isPresent()) {
            affected.addAll(keysOf(c, current.get().id()));
        }
        preconditions.check(current.filter(Current::live).map(Current::version));
        Result outcome = writer.write(c, List.of(record)).get(0);
        if (outcome.outcome() == Outcome.CONFLICT) {
            throw new ProblemException(ErrorCode.CONFLICT, outcome.message() + ".")
                    .with("symbol", record.symbol().canonical());
        }
        StoredDocument stored = reader.findByKey(c, record.key()).orElseThrow();
        return new PutResult(stored, outcome.outcome() == Outcome.CREATED
                || current.map(cur -> !cur.live()).orElse(true));
    }

    /**
     * Applies an RFC 7396 JSON merge patch to the stored document and stores the result, in one transaction that
     * holds the document's row lock from the read to the write: concurrent patches apply one after the other, each to
     * the version the previous one left, and none is lost. If-Match is checked against the locked version, so a 412
     * answers only a condition the client set.
     */
    public PutResult patch(String input, String patchBody, Preconditions preconditions) {
        DocumentSymbol symbol = symbolOf(input);
        com.fasterxml.jackson.databind.JsonNode patch;
        try {
            patch = CatalogueJson.MAPPER.readTree(patchBody);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ProblemException(ErrorCode.MALFORMED_JSON, "The merge patch is not valid JSON.");
        }
        if (patch == null || !patch.isObject()) {
            throw new ProblemException(ErrorCode.MALFORMED_JSON,
                    "A merge patch of a document is a JSON object ({...}).");
        }
        Set<String> affected = new HashSet<>();
        PutResult result = writeTransaction(c -> {
            StoredDocument found = reader.findByKey(c, symbol.key()).orElseThrow(() -> notFound(input, symbol));
            Current locked = current(c, found.json().key()).orElseThrow(() -> notFound(input, symbol));
            StoredDocument current = locked.version() == found.version() ? found
                    : reader.findByKey(c, found.json().key()).orElseThrow(() -> notFound(input, symbol));
            preconditions.check(Optional.of(current.version()));
            com.fasterxml.jackson.databind.JsonNode patched = MergePatch.apply(
                    CatalogueJson.MAPPER.valueToTree(current.json()), patch);
            CatalogueRecord record = RecordValidator.validate(CatalogueJson.readDocument(patched),
                    current.json().symbol());
            return putIn(c, record, new Preconditions(Preconditions.etag(current.version()), null), affected);
        });
        changed.fire(CatalogueChanged.of(affected));
        return result;
    }

    /** Soft delete: the row stays (with its history) but no lookup finds it, and its aliases are freed. */
    public void delete(String input, Preconditions preconditions) {
        DocumentSymbol symbol = symbolOf(input);
        Set<String> affected = writeTransaction(c -> {
            StoredDocument doc = reader.findByKey(c, symbol.key()).orElseThrow(() -> notFound(input, symbol));
            Current current = current(c, doc.json().key()).orElseThrow();
            preconditions.check(Optional.of(current.version()));
            Set<String> keys = keysOf(c, doc.id());
            for (String sql : List.of(
                    "UPDATE document SET deleted_at = now(), updated_at = now(), version = version + 1 WHERE id = ?",
                    "DELETE FROM document_symbol WHERE document_id = ? AND role <> 'primary'")) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setLong(1, doc.id());
                    ps.executeUpdate();
                }
            }
            return keys;
        });
        changed.fire(CatalogueChanged.of(affected));
    }

    /** A parsed symbol the catalogue can look up, or a 422 problem with the grammar's findings. */
    public static DocumentSymbol symbolOf(String input) {
        ParseResult result = CatalogueSymbols.parse(input);
        if (!result.wellFormed() || result.symbol().isEmpty()) {
            throw MalformedSymbol.problem(result);
        }
        return result.symbol().get();
    }

    ProblemException notFound(String input, DocumentSymbol symbol) {
        ParseResult parsed = CatalogueSymbols.parse(input);
        List<String> close = jdbc.read(c -> suggestions.close(c, symbol, parsed.suggestions()));
        return new ProblemException(ErrorCode.DOCUMENT_NOT_FOUND,
                "No document " + symbol.canonical() + " in the catalogue"
                        + (parsed.valid() ? " (the symbol is valid)." : " (the symbol is not valid either).")
                        + (close.isEmpty() ? "" : " Close catalogue symbols: " + String.join(", ", close) + "."))
                .with("symbol", symbol.canonical())
                .with("key", symbol.key())
                .with("valid", parsed.valid())
                .with("tier", parsed.tier().name())
                .with("findings", FindingView.all(parsed.findings()))
                .with("suggestions", close);
    }

    private <T> T writeTransaction(Jdbc.Work<T> work) {
        try {
            return jdbc.inTransaction(work);
        } catch (Jdbc.StoreException e) {
            if (e.isUniqueViolation()) {
                // a concurrent writer claimed one of the keys between our check and our insert
                throw new ProblemException(ErrorCode.CONFLICT,
                        "Another write claimed one of this document's symbols at the same time; retry.");
            }
            throw e;
        }
    }

    private record Current(long id, long version, boolean live) {
    }

    private static Optional<Current> current(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, version, deleted_at IS NULL FROM document WHERE lookup_key = ? FOR UPDATE")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Current(rs.getLong(1), rs.getLong(2), rs.getBoolean(3)))
                        : Optional.empty();
            }
        }
    }

    private static Set<String> keysOf(Connection c, long id) throws SQLException {
        Set<String> keys = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT key FROM document_symbol WHERE document_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
            }
        }
        return keys;
    }
}
