package org.unsymbol.catalogue.io;

import org.unsymbol.catalogue.wire.CatalogueSymbols;
import org.unsymbol.catalogue.wire.DocumentJson;
import org.unsymbol.catalogue.wire.DocumentJson.AgendaItemJson;
import org.unsymbol.catalogue.wire.DocumentJson.FileJson;
import org.unsymbol.catalogue.wire.DocumentJson.RelatedJson;
import org.unsymbol.catalogue.wire.DocumentJson.VersionJson;
import org.unsymbol.catalogue.wire.RecordValidator;
import org.unsymbol.catalogue.model.Distribution;
import org.unsymbol.lang.Language;
import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.ProblemException;
import org.unsymbol.symbol.SymbolParser;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Digital Library's MARC profile mapped onto the wire format:
 * <ul>
 *   <li>191 $a symbol (several 191 fields: one joint symbol), 191 $z alternative symbols (aliases);</li>
 *   <li>245 $a $b title (the DL catalogues in English: the {@code en} title);</li>
 *   <li>269 $a date; 041 $a languages (ISO 639-2/B codes, possibly run together: {@code engspa});</li>
 *   <li>856 $u file URL, $y language label (else the {@code -EN.pdf} file-name suffix), $s size;</li>
 *   <li>029 $a JN $b job number and language letter ({@code N2422345 E});</li>
 *   <li>091 $a distribution code; 991 $a $b $c agenda items; 993 $a related symbols; 650 $a subjects;
 *       710 $a corporate author (the body).</li>
 * </ul>
 */
final class MarcMapping {

    private static final Pattern FILE_LANGUAGE = Pattern.compile("-([A-Z]{2})\\.[A-Za-z]+$");

    private final CatalogueSymbols grammar;

    /** @param parser the grammar that decides whether several 191 $a make one joint symbol (the injected one) */
    MarcMapping(SymbolParser parser) {
        this.grammar = new CatalogueSymbols(parser);
    }

    DocumentJson document(MarcRecord r) {
        String symbol = symbol(r);
        List<String> aliases = new ArrayList<>(r.all("191", 'z'));
        if (!symbol.equals(String.join("-", r.all("191", 'a')))) {
            // several 191 $a the grammar does not read as one joint symbol: the others still find the document
            r.all("191", 'a').stream().skip(1).forEach(aliases::add);
        }
        Map<Language, MutableVersion> versions = new EnumMap<>(Language.class);

        for (String codes : r.all("041", 'a')) {
            String c = codes.replaceAll("[^A-Za-z]", "");
            for (int i = 0; i + 3 <= c.length(); i += 3) {
                Language.ofMarc(c.substring(i, i + 3)).ifPresent(l -> versions.computeIfAbsent(l, x -> new MutableVersion()));
            }
        }
        title(r).ifPresent(t -> versions.computeIfAbsent(Language.EN, x -> new MutableVersion()).title = t);
        for (MarcRecord.Field f : r.fields("029")) {
            if (!f.first('a').map(a -> a.equalsIgnoreCase("JN")).orElse(false)) {
                continue;
            }
            f.first('b').ifPresent(b -> {
                String[] parts = b.strip().split("\\s+");
                Optional<Language> lang = parts.length > 1 && parts[parts.length - 1].length() == 1
                        ? Language.ofLetter(parts[parts.length - 1].charAt(0)) : Optional.empty();
                lang.ifPresent(l -> versions.computeIfAbsent(l, x -> new MutableVersion()).jobNumber = parts[0]);
            });
        }
        for (MarcRecord.Field f : r.fields("856")) {
            Optional<String> url = f.first('u');
            if (url.isEmpty()) {
                continue;
            }
            Optional<Language> lang = f.first('y').flatMap(Language::ofLabel)
                    .or(() -> f.first('3').flatMap(Language::ofLabel))
                    .or(() -> languageOfFileName(url.get()));
            if (lang.isEmpty()) {
                continue; // a file in no known language (a cover image, a link page): not a language version
            }
            Long size = f.first('s').map(s -> s.replaceAll("\\D", "")).filter(s -> !s.isEmpty())
                    .map(Long::parseLong).orElse(null);
            versions.computeIfAbsent(lang.get(), x -> new MutableVersion()).files
                    .add(new FileJson(RecordValidator.formatOf(url.get()), url.get(), size));
        }

        String distribution = r.first("091", 'a').map(code -> Distribution.parse(code).map(Enum::name).orElse(code))
                .orElse(null);
        List<AgendaItemJson> agenda = r.fields("991").stream()
                .map(f -> new AgendaItemJson(f.first('a').orElse(null), f.first('b').orElse(null),
                        f.first('c').orElse(null)))
                .filter(a -> a.agenda() != null || a.item() != null || a.title() != null).toList();
        List<RelatedJson> related = r.all("993", 'a').stream().map(s -> new RelatedJson(s, "related")).toList();
        Set<String> subjects = new LinkedHashSet<>(r.all("650", 'a'));

        Map<String, VersionJson> wire = new LinkedHashMap<>();
        versions.forEach((l, v) -> wire.put(l.code(), new VersionJson(v.title, v.jobNumber, null, null,
                v.files.isEmpty() ? null : v.files)));
        return DocumentJson.input(symbol, null, distribution, r.first("269", 'a').orElse(null), null,
                r.first("710", 'a').orElse(null), null, agenda.isEmpty() ? null : agenda,
                subjects.isEmpty() ? null : List.copyOf(subjects), aliases.isEmpty() ? null : aliases, wire,
                related.isEmpty() ? null : related);
    }

    /** The primary symbol: one 191 $a, or the joint symbol of several (when the grammar reads it as one). */
    private String symbol(MarcRecord r) {
        List<String> symbols = r.all("191", 'a');
        if (symbols.isEmpty()) {
            throw new ProblemException(ErrorCode.VALIDATION_FAILED, "The record has no 191 $a document symbol.")
                    .with("violations", List.of(Map.of("field", "191$a", "message", "required")));
        }
        if (symbols.size() > 1) {
            String joint = String.join("-", symbols);
            if (grammar.parse(joint).symbol().map(s -> s.isJoint()).orElse(false)) {
                return joint;
            }
        }
        return symbols.get(0);
    }

    private static Optional<String> title(MarcRecord r) {
        return r.fields("245").stream().findFirst().map(f -> {
            String t = String.join(" ", f.all('a')) + (f.first('b').map(b -> " " + b).orElse(""));
            return t.replaceAll("\\s*[/:;,.]\\s*$", "").replaceAll("\\s+:\\s*", " : ").strip();
        }).filter(t -> !t.isEmpty());
    }

    static Optional<Language> languageOfFileName(String url) {
        Matcher m = FILE_LANGUAGE.matcher(url.replaceAll("[?#].*$", ""));
        return m.find() ? Language.of(m.group(1)) : Optional.empty();
    }

    private static final class MutableVersion {
        String title;
        String jobNumber;
        final List<FileJson> files = new ArrayList<>();
    }
}
