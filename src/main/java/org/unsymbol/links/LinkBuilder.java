package org.unsymbol.links;

import org.unsymbol.lang.Language;

import org.unsymbol.symbol.DocumentSymbol;
import org.unsymbol.symbol.SymbolFormat;
import org.unsymbol.symbol.SymbolKind;
import org.unsymbol.symbol.SymbolParser;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Builds the links of a symbol in a language from compiled templates ({@code {symbol}} = canonical form,
 * {@code {odsSymbol}} = the unspaced ODS form, {@code {lang}} = ISO 639-1) and, preferred, the catalogue's own files.
 */
public final class LinkBuilder {

    /** The templates of link-patterns.md. */
    public static final String UNDOCS = "https://undocs.org/{lang}/{symbol}";
    public static final String ODS_PDF = "https://documents.un.org/api/symbol/access?s={odsSymbol}&l={lang}&t=pdf";
    public static final String ODS_DOC = "https://documents.un.org/api/symbol/access?s={odsSymbol}&l={lang}&t=doc";
    public static final String DIGITAL_LIBRARY =
            "https://digitallibrary.un.org/search?ln={lang}&p=191__a%3A%22{symbol}%22";

    /** UN hosts (un.org covers documents., digitallibrary., documents-dds-ny., daccess-ods.) and undocs.org. */
    public static final String ALLOWED_HOSTS = "un.org,undocs.org";

    private final LinkTemplate undocs;
    private final LinkTemplate odsPdf;
    private final LinkTemplate odsDoc;
    private final LinkTemplate digitalLibrary;
    private final Set<String> allowedHosts;
    private final SymbolParser parser;

    public LinkBuilder(String undocs, String odsPdf, String odsDoc, String digitalLibrary,
                       Set<String> allowedHosts, SymbolParser parser) {
        this.undocs = LinkTemplate.compile(undocs);
        this.odsPdf = LinkTemplate.compile(odsPdf);
        this.odsDoc = LinkTemplate.compile(odsDoc);
        this.digitalLibrary = LinkTemplate.compile(digitalLibrary);
        this.allowedHosts = allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(
                java.util.stream.Collectors.toUnmodifiableSet());
        this.parser = parser;
    }

    public static LinkBuilder standard(SymbolParser parser) {
        return new LinkBuilder(UNDOCS, ODS_PDF, ODS_DOC, DIGITAL_LIBRARY,
                Set.of(ALLOWED_HOSTS.split(",")), parser);
    }

    public Links links(DocumentSymbol symbol, Language language, List<CatalogueFile> catalogueFiles) {
        return linksTo(symbol, language, preferredTarget(catalogueFiles));
    }

    /**
     * The same links, given the catalogue's preferred file already chosen ({@link #preferredTarget}, null for none):
     * the resolver chooses it once per cached entry, so an answer only expands the templates.
     */
    public Links linksTo(DocumentSymbol symbol, Language language, String ownFile) {
        String canonical = symbol.canonical();
        String ods = parser.format(symbol, SymbolFormat.ODS);
        String lang = language.code();
        String dl = digitalLibrary.expand(canonical, ods, lang);
        boolean hasOdsFile = symbol.kind() != SymbolKind.DECISION; // DL decision keys have no ODS file
        String pdf = hasOdsFile ? odsPdf.expand(canonical, ods, lang) : null;
        String doc = hasOdsFile ? odsDoc.expand(canonical, ods, lang) : null;
        String document = ownFile != null ? ownFile : pdf != null ? pdf : dl;
        return new Links(document, hasOdsFile ? undocs.expand(canonical, ods, lang) : null, pdf, doc, dl);
    }

    /**
     * {@code linksTo(symbol, language, ownFile).document()} and nothing else: the one URL a redirect needs, one
     * template expanded at most.
     */
    public String documentTarget(DocumentSymbol symbol, Language language, String ownFile) {
        if (ownFile != null) {
            return ownFile;
        }
        String ods = parser.format(symbol, SymbolFormat.ODS);
        return symbol.kind() != SymbolKind.DECISION ? odsPdf.expand(symbol.canonical(), ods, language.code())
                : digitalLibrary.expand(symbol.canonical(), ods, language.code());
    }

    /**
     * The links, with the document target chosen by what link health knows: among the catalogue's allowed files
     * (PDF first), the ODS PDF and the ODS Word file (the last only when known good), a target known good first, then
     * one never checked, then one failing for now; a target known missing or refused never, and when every file is,
     * the Digital Library search. Without health ({@link LinkHealth#isEmpty()}), exactly {@link #links(DocumentSymbol,
     * Language, List)}.
     */
    public Links links(DocumentSymbol symbol, Language language, List<CatalogueFile> catalogueFiles,
                       LinkHealth health) {
        Links plain = links(symbol, language, catalogueFiles);
        if (health.isEmpty()) {
            return plain;
        }
        List<String> candidates = new java.util.ArrayList<>(4);
        allowedFiles(catalogueFiles).forEach(candidates::add);
        if (plain.odsPdf() != null) {
            candidates.add(plain.odsPdf());
        }
        String best = null;
        int bestRank = Integer.MAX_VALUE;
        for (String url : candidates) {
            int rank = rank(health.of(url));
            if (rank < bestRank) {
                best = url;
                bestRank = rank;
            }
        }
        if (bestRank > 0 && plain.odsDoc() != null && rank(health.of(plain.odsDoc())) == 0) {
            best = plain.odsDoc();
            bestRank = 0;
        }
        String document = best == null || bestRank >= BAD ? plain.digitalLibrary() : best;
        return new Links(document, plain.undocs(), plain.odsPdf(), plain.odsDoc(), plain.digitalLibrary());
    }

    private static final int BAD = 3;

    /** 0 known good, 1 never checked, 2 failing for now, 3 missing or refused. */
    private static int rank(LinkState s) {
        if (s == null) {
            return 1;
        }
        return switch (s.status()) {
            case OK -> 0;
            case FAILING -> 2;
            case MISSING, REFUSED -> BAD;
        };
    }

    /**
     * True when this language's version is KNOWN to be missing: its ODS PDF was checked and found missing, and so was
     * every allowed catalogue file of that language (if it has any), and neither the ODS Word file nor any other
     * target answered with a file. A target never checked, or failing for now (a timeout, a 503), knows nothing.
     */
    public boolean knownMissing(DocumentSymbol symbol, Language language, List<CatalogueFile> catalogueFiles,
                                LinkHealth health) {
        if (health.isEmpty() || symbol.kind() == SymbolKind.DECISION) {
            return false;
        }
        List<String> templates = fileTemplates(symbol, language);
        LinkState pdf = health.of(templates.get(0));
        if (pdf == null || !pdf.missing()) {
            return false;
        }
        LinkState doc = health.of(templates.get(1));
        if (doc != null && doc.ok()) {
            return false;
        }
        for (String url : allowedFiles(catalogueFiles)) {
            LinkState s = health.of(url);
            if (s == null || !s.missing()) {
                return false;
            }
        }
        return true;
    }

    /** The ODS PDF and Word templates of a symbol in a language: what link health checks for catalogued documents. */
    public List<String> fileTemplates(DocumentSymbol symbol, Language language) {
        if (symbol.kind() == SymbolKind.DECISION) {
            return List.of();
        }
        String ods = parser.format(symbol, SymbolFormat.ODS);
        return List.of(odsPdf.expand(symbol.canonical(), ods, language.code()),
                odsDoc.expand(symbol.canonical(), ods, language.code()));
    }

    /** The catalogue's file URLs that may be link targets (allowed hosts), PDF first, in the catalogue's order. */
    public List<String> allowedFiles(List<CatalogueFile> files) {
        List<String> out = new java.util.ArrayList<>(files.size());
        for (CatalogueFile f : files) {
            if ("pdf".equalsIgnoreCase(f.format()) && isAllowedTarget(f.url())) {
                out.add(f.url());
            }
        }
        for (CatalogueFile f : files) {
            if (!"pdf".equalsIgnoreCase(f.format()) && isAllowedTarget(f.url())) {
                out.add(f.url());
            }
        }
        return out;
    }

    /**
     * The catalogue's PDF (else any file) whose URL is absolute http(s) on an allowed host, or null; never anything
     * else. It depends on the files only, not on the symbol.
     */
    public String preferredTarget(List<CatalogueFile> files) {
        if (files.isEmpty()) {
            return null;
        }
        for (CatalogueFile f : files) {
            if ("pdf".equalsIgnoreCase(f.format()) && isAllowedTarget(f.url())) {
                return f.url();
            }
        }
        for (CatalogueFile f : files) {
            if (isAllowedTarget(f.url())) {
                return f.url();
            }
        }
        return null;
    }

    /** True for an absolute http(s) URL without user info or control characters whose host is allowed. */
    public boolean isAllowedTarget(String url) {
        if (url == null) {
            return false;
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= 0x20 || c == 0x7f || c > 0x7e) {
                return false; // CR/LF and friends must never reach a Location header
            }
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            String host = uri.getHost();
            if (scheme == null || host == null || uri.getRawUserInfo() != null
                    || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))) {
                return false;
            }
            String h = host.toLowerCase(Locale.ROOT);
            return allowedHosts.stream().anyMatch(a -> h.equals(a) || h.endsWith("." + a));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
