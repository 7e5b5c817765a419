package org.unsymbol.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.unsymbol.catalogue.CatalogueQuery;
import org.unsymbol.catalogue.CatalogueService;
import org.unsymbol.catalogue.SearchService;
import org.unsymbol.catalogue.wire.RecordValidator;
import org.unsymbol.links.BibliographicData;
import org.unsymbol.links.BibliographyFormats;
import org.unsymbol.resolve.BibliographicRecords;
import org.unsymbol.resolve.Resolver;
import org.unsymbol.catalogue.wire.DocumentJson;
import org.unsymbol.catalogue.RelatedService;
import org.unsymbol.catalogue.SymbolPaths;
import org.unsymbol.catalogue.model.CatalogueDocument;
import org.unsymbol.catalogue.wire.RecordJson;
import org.unsymbol.lang.Language;
import org.unsymbol.platform.problem.ProblemException;
import org.unsymbol.symbolapi.FindingView;
import org.unsymbol.symbolapi.SymbolView;
import org.unsymbol.symbol.SymbolParser;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pages for people: the draft check at {@code /} (its work done in the browser against the public draft API),
 * the lookup of one symbol at {@code /symbols?q=} and a landing page per document at {@code /documents/{symbol}},
 * and the catalogue browser at {@code /documents?q=&body=&year=...} (the search of {@code GET /api/v1/documents}, its
 * facets drawn as charts), all rendered here so that they work without JavaScript. Thin: the parse is the registry's, the record the
 * catalogue's, in the shapes their API answers; every value goes through Qute's HTML escaping.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@HtmlPage
public class PageResource {

    /** An input longer than this is not parsed for a page (a symbol is a few dozen characters). */
    static final int MAX_QUERY = 500;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance check(Page page);

        static native TemplateInstance symbols(Page page, SymbolPage lookup, boolean tooLong);

        static native TemplateInstance document(Page page, DocumentPage doc);

        static native TemplateInstance browse(Page page, BrowsePage browse);
    }

    /** Documents per page of the catalogue browser. */
    static final int PAGE_SIZE = 20;

    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final SymbolParser parser;
    private final CatalogueService catalogue;
    private final RelatedService related;
    private final SearchService search;
    private final Resolver resolver;
    private final CatalogueQuery queries;
    private final RecordJson wire;

    public PageResource(SymbolParser parser, CatalogueService catalogue, RelatedService related, SearchService search,
                        Resolver resolver, CatalogueQuery queries, RecordJson wire) {
        this.queries = queries;
        this.wire = wire;
        this.parser = parser;
        this.catalogue = catalogue;
        this.related = related;
        this.search = search;
        this.resolver = resolver;
    }

    @GET
    public TemplateInstance check(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Language ui = UiLanguage.choose(lang, headers);
        return Templates.check(UiLanguage.page(ui, "/", "")).setLocale(ui.code());
    }

    @GET
    @Path("symbols")
    public TemplateInstance symbols(@QueryParam("q") String q, @QueryParam("lang") String lang,
                                    @Context HttpHeaders headers) {
        Language ui = UiLanguage.choose(lang, headers);
        boolean tooLong = q != null && q.length() > MAX_QUERY;
        String query = q == null || tooLong ? null : q.strip();
        Page page = UiLanguage.page(ui, "/symbols", query == null || query.isEmpty() ? "" : "q=" + url(query));
        SymbolPage lookup = query == null || query.isEmpty() ? new SymbolPage(null, null, List.of(), List.of(),
                List.of(), null, null, null, null) : lookup(query, ui);
        return Templates.symbols(page, lookup, tooLong).setLocale(ui.code());
    }

    @GET
    @Path("documents/{symbol: .+}")
    public Response document(@PathParam("symbol") String symbol, @QueryParam("lang") String lang,
                             @Context HttpHeaders headers) {
        Language ui = UiLanguage.choose(lang, headers);
        Page page = UiLanguage.page(ui, "/documents/" + SymbolPaths.encode(symbol), "");
        CatalogueDocument doc = find(symbol);
        if (doc == null) {
            DocumentPage missing = new DocumentPage(symbol, null, List.of(), List.of(),
                    "/symbols?q=" + url(symbol) + "&lang=" + ui.code(), null, null);
            return Response.status(Response.Status.NOT_FOUND)
                    .entity(Templates.document(page, missing).setLocale(ui.code())).build();
        }
        DocumentJson json = wire.document(doc);
        List<DocumentPage.Version> versions = new ArrayList<>();
        Map<String, DocumentJson.VersionJson> held = json.versions() == null ? Map.of() : json.versions();
        for (Language l : UiLanguage.SIX) {
            versions.add(new DocumentPage.Version(l.code(), UiLanguage.ownName(l), held.get(l.code()),
                    "/r/" + l.code() + "/" + SymbolPaths.encode(json.symbol())));
        }
        List<DocumentPage.Related> rel = new ArrayList<>();
        for (RelatedService.Related r : related.related(doc).related()) {
            rel.add(new DocumentPage.Related(r, r.catalogued()
                    ? "/documents/" + SymbolPaths.encode(r.symbol()) + "?lang=" + ui.code()
                    : "/symbols?q=" + url(r.symbol()) + "&lang=" + ui.code()));
        }
        DocumentPage body = new DocumentPage(symbol, json, versions, rel,
                "/symbols?q=" + url(json.symbol()) + "&lang=" + ui.code(),
                "/api/v1/documents/" + SymbolPaths.encode(json.symbol()), citation(json.symbol(), ui));
        return Response.ok(Templates.document(page, body).setLocale(ui.code())).build();
    }

    private SymbolPage lookup(String q, Language ui) {
        SymbolView view = SymbolView.of(parser.parse(q));
        List<SymbolPage.Finding> findings = new ArrayList<>();
        for (List<FindingView> list : List.of(view.errors(), view.warnings())) {
            for (FindingView f : list) {
                int start = clamp(f.start(), q.length());
                int end = Math.max(start, clamp(f.end(), q.length()));
                findings.add(new SymbolPage.Finding(f, q.substring(0, start), q.substring(start, end),
                        q.substring(end)));
            }
        }
        List<SymbolPage.Link> suggestions = new ArrayList<>();
        for (String s : view.suggestions()) {
            suggestions.add(new SymbolPage.Link(s, "/symbols?q=" + url(s) + "&lang=" + ui.code(), null, false));
        }
        CatalogueDocument doc = view.canonical() == null ? null : find(view.canonical());
        DocumentJson record = doc == null ? null : wire.document(doc);
        List<SymbolPage.Link> links = new ArrayList<>();
        if (view.canonical() != null) {
            String symbol = record != null ? record.symbol() : view.canonical();
            for (Language l : UiLanguage.SIX) {
                boolean available = record != null && record.versions() != null
                        && record.versions().containsKey(l.code());
                links.add(new SymbolPage.Link(UiLanguage.ownName(l),
                        "/r/" + l.code() + "/" + SymbolPaths.encode(symbol), l.code(), available));
            }
        }
        return new SymbolPage(q, view, findings, suggestions, links, record,
                record == null ? null : "/documents/" + SymbolPaths.encode(record.symbol()) + "?lang=" + ui.code(),
                "/api/v1/symbols/" + SymbolPaths.encode(q), view.canonical() == null ? null : citation(q, ui));
    }

    @GET
    @Path("documents")
    public Response browse(@QueryParam("q") String q, @QueryParam("body") String body,
                           @QueryParam("session") String session, @QueryParam("year") String year,
                           @QueryParam("kind") String kind, @QueryParam("language") String language,
                           @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("cursor") String cursor, @QueryParam("lang") String lang,
                           @Context HttpHeaders headers) {
        Language ui = UiLanguage.choose(lang, headers);
        BrowsePage.Filters filters = new BrowsePage.Filters(q, body, session, year, kind, language, from, to,
                ui.code());
        Page page = UiLanguage.page(ui, "/documents", filters.query());
        List<String> kinds = RecordValidator.kindNames().stream().sorted().toList();
        boolean tooLong = cursor != null && cursor.length() > MAX_QUERY;
        for (String v : filters.map().values()) {
            tooLong |= v != null && v.length() > MAX_QUERY;
        }
        if (tooLong) {
            BrowsePage refused = BrowsePage.refusal(filters, kinds, null, null);
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.browse(page, refused).setLocale(ui.code())).build();
        }
        SearchService.Page found;
        try {
            found = search.search(queries.filter(null, body, session, year, kind, language, from, to, q),
                    PAGE_SIZE, cursor, true);
        } catch (ProblemException e) {
            Object parameter = e.problem().getExtensions().get("parameter");
            BrowsePage refused = BrowsePage.refusal(filters, kinds,
                    parameter == null ? "?" : web(String.valueOf(parameter)), e.problem().getDetail());
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.browse(page, refused).setLocale(ui.code())).build();
        }
        BrowsePage result = BrowsePage.of(wire, filters, found, cursor, kinds, ui, "rtl".equals(page.dir()));
        return Response.ok(Templates.browse(page, result).setLocale(ui.code())).build();
    }

    /** The page's name of an API filter (the API's {@code lang} filter is {@code language} here). */
    private static String web(String parameter) {
        return "lang".equals(parameter) ? "language" : parameter;
    }

    /**
     * The citation of a symbol in the interface language, as {@code /r/{lang}/{symbol}} gives it (the same resolver,
     * the same citation data), or null when the input is not a symbol the resolver takes.
     */
    private Citation citation(String symbol, Language ui) {
        try {
            Resolver.Resolved resolved = resolver.resolve(symbol, Optional.of(ui), null);
            BibliographicData data = BibliographicRecords.of(resolved);
            return new Citation(resolved.language().code(), "/r/" + ui.code() + "/" + SymbolPaths.encode(
                    resolved.resolution().symbol()), BibliographyFormats.bibtex(data), BibliographyFormats.ris(data),
                    PRETTY.writeValueAsString(BibliographyFormats.cslJson(data)));
        } catch (ProblemException e) {
            return null;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The catalogued document a symbol names, or null (not catalogued, or not a symbol at all). */
    private CatalogueDocument find(String symbol) {
        try {
            return catalogue.get(symbol);
        } catch (ProblemException e) {
            return null;
        }
    }

    private static int clamp(int i, int length) {
        return Math.max(0, Math.min(i, length));
    }

    static String url(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
