package org.unsymbol.draft;

import jakarta.enterprise.context.ApplicationScoped;
import org.unsymbol.extract.Annotator;
import org.unsymbol.extract.Extraction;
import org.unsymbol.extract.Reference;
import org.unsymbol.extract.ReferenceExtractor;
import org.unsymbol.extract.ReferenceStatus;
import org.unsymbol.lang.Language;
import org.unsymbol.registry.FindingView;
import org.unsymbol.resolve.CatalogueView;
import org.unsymbol.resolve.Resolver;
import org.unsymbol.symbol.Finding;
import org.unsymbol.symbol.FindingCode;
import org.unsymbol.symbol.Severity;
import org.unsymbol.symbol.SymbolParser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the references of a draft's text: the extractor finds them, the catalogue is asked about all distinct
 * symbols at once, and each reference gets its status, link and notes.
 */
@ApplicationScoped
public class DraftChecker {

    private final ReferenceExtractor extractor;
    private final Resolver resolver;
    private final DraftLinks links;
    private final int maxReferences;

    public DraftChecker(SymbolParser parser, Resolver resolver, DraftLinks links, DraftsConfig config) {
        this.extractor = new ReferenceExtractor(parser);
        this.resolver = resolver;
        this.links = links;
        this.maxReferences = config.maxReferences();
    }

    /** The outcome of one check: the wire report plus what linkify and citation recording need. */
    public record Checked(DraftReport report, List<Reference> references, long extractNanos, long catalogueNanos) {

        /** This outcome with more warnings on some references (by index), counts unchanged. */
        Checked withWarnings(Map<Integer, List<FindingView>> more) {
            if (more.isEmpty()) {
                return this;
            }
            List<DraftReference> views = new ArrayList<>(report.references());
            more.forEach((i, w) -> views.set(i, views.get(i).withWarnings(w)));
            return new Checked(new DraftReport(report.summary(), report.distinct(), report.language(),
                    List.copyOf(views), report.truncated()), references, extractNanos, catalogueNanos);
        }

        /** The links to insert: one per linkable reference that has a link. */
        public List<Annotator.Link> links() {
            List<Annotator.Link> links = new ArrayList<>();
            List<DraftReference> views = report.references();
            for (int i = 0; i < references.size(); i++) {
                Reference r = references.get(i);
                String link = views.get(i).link();
                if (r.linkable() && link != null) {
                    links.add(new Annotator.Link(r.start(), r.end(), link));
                }
            }
            return links;
        }
    }

    public Checked check(String text, Optional<Language> lang, LinkTarget target) {
        long t0 = System.nanoTime();
        Extraction extraction = extractor.extract(text, lang.orElse(null));
        List<Reference> all = extraction.references();
        List<Reference> kept = all.size() > maxReferences ? all.subList(0, maxReferences) : all;
        DraftReport.Truncation truncated = all.size() > maxReferences
                ? new DraftReport.Truncation(maxReferences, all.get(maxReferences).start()) : null;
        long t1 = System.nanoTime();

        Set<String> keys = new HashSet<>();
        for (Reference r : kept) {
            if (r.status() == ReferenceStatus.VALID) {
                keys.add(r.key());
            }
        }
        Map<String, Optional<CatalogueView>> entries = keys.isEmpty() ? Map.of() : resolver.entries(keys);
        long t2 = System.nanoTime();

        Optional<Language> language = extraction.language();
        List<DraftReference> views = new ArrayList<>(kept.size());
        List<Boolean> missing = new ArrayList<>(kept.size());
        Map<String, Integer> firstOfSymbol = new LinkedHashMap<>();
        Map<String, Optional<String>> linkOfKey = new HashMap<>(); // the same symbol's link is built once
        for (Reference r : kept) {
            Optional<CatalogueView> entry = entries.getOrDefault(r.key(), Optional.empty());
            boolean languageMissing = entry.isPresent() && languageMissing(entry.get(), language);
            String link = r.status() != ReferenceStatus.VALID || r.parsed().isEmpty() ? null
                    : linkOfKey.computeIfAbsent(r.key(), k -> Optional.ofNullable(
                            links.link(r.parsed().get(), language, entry, target))).orElse(null);
            views.add(view(r, entry, language, link, languageMissing));
            missing.add(languageMissing);
            firstOfSymbol.putIfAbsent(r.symbol(), views.size() - 1);
        }
        List<DraftReference> distinctViews = new ArrayList<>(firstOfSymbol.size());
        List<Boolean> distinctMissing = new ArrayList<>(firstOfSymbol.size());
        for (int index : firstOfSymbol.values()) {
            distinctViews.add(views.get(index));
            distinctMissing.add(missing.get(index));
        }
        DraftReport report = new DraftReport(DraftSummary.of(views, missing),
                DraftSummary.of(distinctViews, distinctMissing), language.map(Language::code).orElse(null),
                List.copyOf(views), truncated);
        return new Checked(report, List.copyOf(kept), t1 - t0, t2 - t1);
    }

    private static DraftReference view(Reference r, Optional<CatalogueView> entry, Optional<Language> language,
                                       String link, boolean languageMissing) {
        List<FindingView> errors = new ArrayList<>();
        List<FindingView> warnings = new ArrayList<>();
        for (Finding f : r.findings()) {
            (f.severity() == Severity.ERROR ? errors : warnings).add(FindingView.of(f));
        }
        DraftStatus status = DraftStatus.of(r.status(), entry.isPresent());
        String title = entry.map(e -> title(e, language)).orElse(null);
        List<String> available = entry.map(e -> e.availableLanguages().stream().sorted().map(Language::code).toList())
                .orElse(null);
        return new DraftReference(r.text(), r.start(), r.end(), r.symbol(), r.kind().wireName(), status, r.derived(),
                errors, warnings, r.suggestions(), link, title, available,
                note(status, r, languageMissing, language));
    }

    /** Valid with an unregistered root ({@code Tier.UNREGISTERED}): reported as a valid reference, never as malformed. */
    private static boolean unregistered(Reference r) {
        for (Finding f : r.findings()) {
            if (f.code() == FindingCode.UNREGISTERED_ROOT) {
                return true;
            }
        }
        return false;
    }

    /** Whether the catalogue lists the document's languages and the draft's is not among them. */
    static boolean languageMissing(CatalogueView entry, Optional<Language> language) {
        return language.isPresent() && !entry.availableLanguages().isEmpty()
                && !entry.availableLanguages().contains(language.get());
    }

    /** The title in the draft's language, else the original's, else any. */
    static String title(CatalogueView e, Optional<Language> language) {
        Map<Language, String> titles = e.titles();
        return language.map(titles::get)
                .or(() -> Optional.ofNullable(e.originalLanguage()).map(titles::get))
                .orElseGet(() -> titles.values().stream().findFirst().orElse(null));
    }

    private static String note(DraftStatus status, Reference r, boolean languageMissing,
                               Optional<Language> language) {
        return switch (status) {
            case FOUND -> languageMissing
                    ? "The catalogue does not hold this document in " + language.get().code()
                    + "; the link falls back to another language." : null;
            case UNKNOWN -> unregistered(r)
                    ? "A well-formed symbol of a series the registry does not list, and not in the catalogue: check "
                    + "that the document exists."
                    : "A valid symbol that is not in the catalogue: check that the document exists.";
            case MALFORMED -> r.suggestions().isEmpty() ? "Not a valid document symbol."
                    : "Not a valid document symbol; did you mean " + String.join(" or ", r.suggestions()) + "?";
            case PLACEHOLDER -> "A drafting placeholder: replace it with the document's symbol before issue.";
        };
    }
}
