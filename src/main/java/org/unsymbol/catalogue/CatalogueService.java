package org.unsymbol.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import org.unsymbol.catalogue.model.CatalogueDocument;
import org.unsymbol.catalogue.model.CatalogueRecord;
import org.unsymbol.catalogue.store.CatalogueWriter;
import org.unsymbol.catalogue.store.CatalogueWriter.Outcome;
import org.unsymbol.catalogue.store.CatalogueWriter.Result;
import org.unsymbol.catalogue.store.DocumentStore;
import org.unsymbol.catalogue.store.DocumentStore.Locked;
import org.unsymbol.catalogue.store.Jdbc;
import org.unsymbol.catalogue.wire.CatalogueJson;
import org.unsymbol.catalogue.wire.CatalogueSymbols;
import org.unsymbol.catalogue.wire.RecordJson;
import org.unsymbol.catalogue.wire.RecordValidator;
import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.ProblemException;
import org.unsymbol.symbolapi.FindingView;
import org.unsymbol.symbolapi.MalformedSymbol;
import org.unsymbol.symbol.DocumentSymbol;
import org.unsymbol.symbol.ParseResult;
import org.unsymbol.symbol.SymbolParser;

import java.sql.Connection;
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
    private final DocumentStore store = new DocumentStore();
    private final CatalogueWriter writer = new CatalogueWriter();
    private final CatalogueSymbols symbols;
    private final Suggestions suggestions;
    private final RecordValidator validator;
    private final RecordJson json;
    private final Event<CatalogueChanged> changed;

    public CatalogueService(Jdbc jdbc, Event<CatalogueChanged> changed, SymbolParser parser,
                            RecordValidator validator, RecordJson json) {
        this.jdbc = jdbc;
        this.changed = changed;
        this.symbols = new CatalogueSymbols(parser);
        this.suggestions = new Suggestions(symbols);
        this.validator = validator;
        this.json = json;
    }

    /** The result of a PUT: the stored document, and whether it was created (or revived) rather than replaced. */
    public record PutResult(CatalogueDocument document, boolean created) {
    }

    /** The document any variant of {@code input} names, or a 404/422 problem that says why not. */
    public CatalogueDocument get(String input) {
        DocumentSymbol symbol = symbolOf(input);
        return jdbc.read(c -> store.findByKey(c, symbol.key())).orElseThrow(() -> notFound(input, symbol));
    }

    public PutResult put(String pathSymbol, String body, Preconditions preconditions) {
        CatalogueRecord record = validator.validate(CatalogueJson.readDocument(body), pathSymbol);
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
        Optional<Locked> current = store.lock(c, record.key());
        if (current.isPresent()) {
            affected.addAll(store.keysOf(c, current.get().id()));
        }
        preconditions.check(current.filter(Locked::live).map(Locked::version));
        Result outcome = writer.write(c, List.of(record)).get(0);
        if (outcome.outcome() == Outcome.CONFLICT) {
            throw new ProblemException(ErrorCode.CONFLICT, outcome.message() + ".")
                    .with("symbol", record.symbol().canonical());
        }
        CatalogueDocument stored = store.findByKey(c, record.key()).orElseThrow();
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
            CatalogueDocument found = store.findByKey(c, symbol.key()).orElseThrow(() -> notFound(input, symbol));
            Locked locked = store.lock(c, found.key()).orElseThrow(() -> notFound(input, symbol));
            CatalogueDocument current = locked.version() == found.version() ? found
                    : store.findByKey(c, found.key()).orElseThrow(() -> notFound(input, symbol));
            preconditions.check(Optional.of(current.version()));
            com.fasterxml.jackson.databind.JsonNode patched = MergePatch.apply(
                    CatalogueJson.MAPPER.valueToTree(json.document(current)), patch);
            CatalogueRecord record = validator.validate(CatalogueJson.readDocument(patched),
                    current.symbol());
            return putIn(c, record, new Preconditions(Preconditions.etag(current.version()), null), affected);
        });
        changed.fire(CatalogueChanged.of(affected));
        return result;
    }

    /** Soft delete: the row stays (with its history) but no lookup finds it, and its aliases are freed. */
    public void delete(String input, Preconditions preconditions) {
        DocumentSymbol symbol = symbolOf(input);
        Set<String> affected = writeTransaction(c -> {
            CatalogueDocument doc = store.findByKey(c, symbol.key()).orElseThrow(() -> notFound(input, symbol));
            Locked current = store.lock(c, doc.key()).orElseThrow();
            preconditions.check(Optional.of(current.version()));
            Set<String> keys = store.keysOf(c, doc.id());
            store.softDelete(c, doc.id());
            return keys;
        });
        changed.fire(CatalogueChanged.of(affected));
    }

    /** A parsed symbol the catalogue can look up, or a 422 problem with the grammar's findings. */
    public DocumentSymbol symbolOf(String input) {
        ParseResult result = symbols.parse(input);
        if (!result.wellFormed() || result.symbol().isEmpty()) {
            throw MalformedSymbol.problem(result);
        }
        return result.symbol().get();
    }

    ProblemException notFound(String input, DocumentSymbol symbol) {
        ParseResult parsed = symbols.parse(input);
        List<String> close = jdbc.read(c -> suggestions.close(store, c, symbol, parsed.suggestions()));
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
}
