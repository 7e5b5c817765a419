package org.unsymbol.catalogue;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.unsymbol.catalogue.model.DocumentFilter;
import org.unsymbol.catalogue.model.IssueDate;
import org.unsymbol.catalogue.model.TitleQuery;
import org.unsymbol.catalogue.wire.CatalogueSymbols;
import org.unsymbol.catalogue.wire.RecordValidator;
import org.unsymbol.lang.Language;
import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.ProblemException;
import org.unsymbol.symbol.DocumentSymbol;
import org.unsymbol.symbol.ParseResult;
import org.unsymbol.symbol.SymbolParser;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The filters shared by search and export, as query parameters: checked here, at the API edge, and handed to the
 * document store as a {@link DocumentFilter}.
 *
 * <ul>
 *   <li>{@code prefix}: keys starting with it, any spelling ({@code a/ac.292/2024});</li>
 *   <li>{@code body}: the series and its subsidiary bodies ({@code A/AC.292}, {@code E/CN.4});</li>
 *   <li>{@code session}: the session component of the symbol ({@code 78});</li>
 *   <li>{@code year}: the year of issue, else the symbol's year;</li>
 *   <li>{@code kind}: a kind's wire name; {@code lang}: has a version in that language;</li>
 *   <li>{@code from}, {@code to}: date of issue, inclusive, as YYYY, YYYY-MM or YYYY-MM-DD;</li>
 *   <li>{@code q}: a symbol (then an exact lookup, aliases included) or words searched in the titles of every
 *       language ({@link TitleQuery}: accents aside, stemmed per title language, Chinese by substring, the last word
 *       a prefix; ranked); at most {@value TitleQuery#MAX_LENGTH} characters and {@value TitleQuery#MAX_TERMS}
 *       words.</li>
 * </ul>
 */
@Singleton
public final class CatalogueQuery {

    private final CatalogueSymbols symbols;

    /** @param parser the grammar that decides whether {@code q} is a symbol (the injected one) */
    @Inject
    public CatalogueQuery(SymbolParser parser) {
        this.symbols = new CatalogueSymbols(parser);
    }

    /** The query parameters as given, checked (a 400 problem names the bad one) and made a filter. */
    public DocumentFilter filter(String prefix, String body, String session, String year, String kind,
                                    String lang, String from, String to, String q) {
        Integer y = null;
        if (notBlank(year)) {
            try {
                y = Integer.valueOf(year.strip());
            } catch (NumberFormatException e) {
                throw invalid("year", "'" + year + "' is not a year");
            }
        }
        String k = null;
        if (notBlank(kind)) {
            k = kind.strip().toLowerCase(Locale.ROOT);
            if (!RecordValidator.kindNames().contains(k)) {
                throw invalid("kind", "'" + kind + "' is not one of " + RecordValidator.kindNames());
            }
        }
        Language l = null;
        if (notBlank(lang)) {
            l = Language.of(lang).orElseThrow(() -> new ProblemException(ErrorCode.UNKNOWN_LANGUAGE,
                    "'" + lang + "' is not a language code: ar, zh, en, fr, ru, es or de.").with("parameter", "lang"));
        }
        LocalDate f = notBlank(from) ? IssueDate.parse(from).map(IssueDate::first)
                .orElseThrow(() -> invalid("from", "'" + from + "' is not YYYY, YYYY-MM or YYYY-MM-DD")) : null;
        LocalDate t = notBlank(to) ? IssueDate.parse(to).map(IssueDate::last)
                .orElseThrow(() -> invalid("to", "'" + to + "' is not YYYY, YYYY-MM or YYYY-MM-DD")) : null;
        String symbolKey = null;
        TitleQuery text = null;
        if (notBlank(q)) {
            if (q.length() > TitleQuery.MAX_LENGTH) {
                throw invalid("q", "q is longer than " + TitleQuery.MAX_LENGTH + " characters");
            }
            Optional<String> key = symbolLike(q);
            if (key.isPresent()) {
                symbolKey = key.get();
            } else {
                text = TitleQuery.parse(q.stripLeading());
                if (text.terms() > TitleQuery.MAX_TERMS) {
                    throw invalid("q", "q has more than " + TitleQuery.MAX_TERMS + " words");
                }
            }
        }
        return new DocumentFilter(notBlank(prefix) ? DocumentSymbol.keyOf(prefix) : null,
                notBlank(body) ? DocumentSymbol.keyOf(body).replaceAll("/+$", "") : null,
                notBlank(session) ? session.strip() : null, y, k, l, f, t, symbolKey, text);
    }

    /** A query that the grammar reads as a plausible symbol with a slash is looked up as that symbol. */
    Optional<String> symbolLike(String q) {
        if (!q.contains("/")) {
            return Optional.empty();
        }
        ParseResult r = symbols.parse(q);
        return r.valid() ? r.symbol().map(DocumentSymbol::key) : Optional.empty();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static ProblemException invalid(String parameter, String message) {
        return new ProblemException(ErrorCode.INVALID_PARAMETER, message + ".").with("parameter", parameter);
    }
}
