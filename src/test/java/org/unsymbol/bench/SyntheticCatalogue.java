package org.unsymbol.bench;

import org.unsymbol.catalogue.wire.DocumentJson;
import org.unsymbol.catalogue.wire.DocumentJson.FileJson;
import org.unsymbol.catalogue.wire.DocumentJson.RelatedJson;
import org.unsymbol.catalogue.wire.DocumentJson.VersionJson;
import org.unsymbol.symbol.DocumentSymbol;
import org.unsymbol.symbol.ParseResult;
import org.unsymbol.symbol.SymbolParser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Realistic synthetic catalogue records, reproducible from a seed: symbols drawn from the series that dominate the
 * Digital Library (GA documents and their addenda, resolutions, committee drafts, Security Council documents and
 * resolutions, ECOSOC commissions, HRC), canonicalized and de-duplicated by the grammar; mostly all six language
 * versions with titles of typical length, job numbers, release dates and ODS file URLs.
 */
public final class SyntheticCatalogue {

    private static final String[] LANGS = {"ar", "zh", "en", "fr", "ru", "es"};
    private static final String[][] WORDS = {
            {"تقرير", "الأمين", "العام", "بشأن", "التنمية", "المستدامة", "حقوق", "الإنسان", "السلام", "الأمن"},
            {"秘书长", "报告", "关于", "可持续", "发展", "人权", "和平", "安全", "问题", "会议"},
            {"report", "of", "the", "Secretary-General", "on", "sustainable", "development", "human", "rights",
                    "peace", "security", "implementation", "resolution", "situation", "question", "financing",
                    "operations", "assistance", "cooperation", "international"},
            {"rapport", "du", "Secrétaire", "général", "sur", "le", "développement", "durable", "droits", "de",
                    "l'homme", "paix", "sécurité", "mise", "en", "œuvre", "coopération", "internationale"},
            {"доклад", "Генерального", "секретаря", "об", "устойчивом", "развитии", "правах", "человека", "мире",
                    "безопасности", "осуществлении", "сотрудничестве"},
            {"informe", "del", "Secretario", "General", "sobre", "el", "desarrollo", "sostenible", "derechos",
                    "humanos", "paz", "seguridad", "aplicación", "cooperación", "internacional"}};
    private static final String[] SUBJECTS = {"HUMAN RIGHTS", "SUSTAINABLE DEVELOPMENT", "PEACEKEEPING OPERATIONS",
            "INFORMATION SECURITY", "DISARMAMENT", "CLIMATE CHANGE", "REFUGEES", "BUDGET", "WOMEN", "CHILDREN"};
    private static final String[] DISTRIBUTIONS = {"GENERAL", "GENERAL", "GENERAL", "GENERAL", "LIMITED",
            "RESTRICTED"};

    private final Random random;
    private final SymbolParser parser = SymbolParser.standard();
    private final Set<String> keys = new HashSet<>();
    private final List<String> issued = new ArrayList<>();
    private int job;

    public SyntheticCatalogue(long seed) {
        this.random = new Random(seed);
    }

    /** The next record, with a symbol no earlier record of this generator had. */
    public DocumentJson next() {
        DocumentSymbol symbol = uniqueSymbol();
        int year = symbol.year().isPresent() ? symbol.year().getAsInt() : 1995 + random.nextInt(30);
        String date = String.format("%d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        Map<String, VersionJson> versions = new LinkedHashMap<>();
        boolean all = random.nextInt(10) < 6;
        for (int l = 0; l < LANGS.length; l++) {
            if (all || l == 2 || random.nextInt(4) == 0) {
                versions.put(LANGS[l], version(l, symbol, year, date));
            }
        }
        List<String> subjects = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            String s = SUBJECTS[random.nextInt(SUBJECTS.length)];
            if (!subjects.contains(s)) {
                subjects.add(s);
            }
        }
        List<RelatedJson> related = null;
        if (!issued.isEmpty() && random.nextInt(10) == 0) {
            related = List.of(new RelatedJson(issued.get(random.nextInt(issued.size())), "cites"));
        }
        issued.add(symbol.canonical());
        return DocumentJson.input(symbol.canonical(), null, DISTRIBUTIONS[random.nextInt(DISTRIBUTIONS.length)],
                random.nextInt(10) == 0 ? date.substring(0, 7) : date, random.nextInt(5) == 0 ? "fr" : "en",
                null, null, null, subjects, null, versions, related);
    }

    private VersionJson version(int lang, DocumentSymbol symbol, int year, String date) {
        StringBuilder title = new StringBuilder();
        String[] words = WORDS[lang];
        for (int i = 6 + random.nextInt(18); i > 0; i--) {
            title.append(words[random.nextInt(words.length)]).append(lang == 1 ? "" : " ");
        }
        job = (job + 1) % 100_000;
        String jobNumber = (random.nextBoolean() ? "N" : "G") + String.format("%02d%05d", year % 100, job);
        List<FileJson> files = new ArrayList<>();
        String s = symbol.canonical().replace(" ", "%20");
        files.add(new FileJson("pdf", "https://documents.un.org/api/symbol/access?s=" + s + "&l=" + LANGS[lang]
                + "&t=pdf", 40_000L + random.nextInt(2_000_000)));
        if (random.nextInt(3) == 0) {
            files.add(new FileJson("docx", "https://documents.un.org/api/symbol/access?s=" + s + "&l=" + LANGS[lang]
                    + "&t=docx", 20_000L + random.nextInt(500_000)));
        }
        return new VersionJson(title.toString().strip(), jobNumber, null, date, files);
    }

    private DocumentSymbol uniqueSymbol() {
        while (true) {
            ParseResult r = parser.parse(candidate());
            if (r.valid() && r.symbol().isPresent() && keys.add(r.symbol().get().key())) {
                return r.symbol().get();
            }
        }
    }

    private String candidate() {
        int session = 50 + random.nextInt(30);
        int year = 1995 + random.nextInt(30);
        String base = switch (random.nextInt(10)) {
            case 0, 1, 2 -> "A/" + session + "/" + (1 + random.nextInt(2000));
            case 3 -> "A/RES/" + session + "/" + (1 + random.nextInt(350));
            case 4 -> "A/C." + (1 + random.nextInt(6)) + "/" + session + "/L." + (1 + random.nextInt(90));
            case 5 -> "S/" + year + "/" + (1 + random.nextInt(1100));
            case 6 -> "S/RES/" + (1000 + random.nextInt(1700)) + " (" + year + ")";
            case 7 -> "E/" + year + "/" + (1 + random.nextInt(120));
            case 8 -> "A/HRC/" + (1 + random.nextInt(58)) + "/" + (1 + random.nextInt(80));
            default -> "E/CN." + (5 + random.nextInt(2)) + "/" + year + "/" + (1 + random.nextInt(20));
        };
        return switch (random.nextInt(12)) {
            case 0, 1 -> base + "/Add." + (1 + random.nextInt(8));
            case 2 -> base + "/Corr." + (1 + random.nextInt(2));
            case 3 -> base + "/Rev." + (1 + random.nextInt(2));
            default -> base;
        };
    }
}
