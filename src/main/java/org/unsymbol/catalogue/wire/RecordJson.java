package org.unsymbol.catalogue.wire;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.unsymbol.catalogue.wire.DocumentJson.AgendaItemJson;
import org.unsymbol.catalogue.wire.DocumentJson.Components;
import org.unsymbol.catalogue.wire.DocumentJson.FileJson;
import org.unsymbol.catalogue.wire.DocumentJson.RelatedJson;
import org.unsymbol.catalogue.wire.DocumentJson.VersionJson;
import org.unsymbol.catalogue.model.CatalogueDocument;
import org.unsymbol.catalogue.model.CatalogueRecord;
import org.unsymbol.catalogue.model.LanguageVersion;
import org.unsymbol.symbol.DocumentSymbol;
import org.unsymbol.symbol.Modifier;
import org.unsymbol.symbol.SymbolParser;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Domain records in the wire format: a normalized record's content members (what the content hash covers), and a
 * stored document in full (with its key, components, version and timestamps), as the API answers it.
 */
@Singleton
public final class RecordJson {

    private final CatalogueSymbols symbols;

    /** @param parser the grammar a stored symbol's components are read with (the injected one) */
    @Inject
    public RecordJson(SymbolParser parser) {
        this.symbols = new CatalogueSymbols(parser);
    }

    public static DocumentJson content(CatalogueRecord r) {
        Map<String, VersionJson> versions = new LinkedHashMap<>();
        r.versions().forEach((lang, v) -> versions.put(lang.code(), version(v)));
        return DocumentJson.input(r.symbol().canonical(), r.kind(),
                r.distribution() == null ? null : r.distribution().name(),
                r.date() == null ? null : r.date().text(),
                r.originalLanguage() == null ? null : r.originalLanguage().code(),
                r.body(), r.session(),
                r.agendaItems().stream().map(a -> new AgendaItemJson(a.agenda(), a.item(), a.title())).toList(),
                r.subjects(),
                r.aliases().stream().map(DocumentSymbol::canonical).toList(),
                versions,
                r.related().stream().map(x -> new RelatedJson(x.symbol(), x.type().wire())).toList());
    }

    /** A stored document as GET answers it and an export line writes it. */
    public DocumentJson document(CatalogueDocument d) {
        Map<String, VersionJson> versions = new LinkedHashMap<>();
        d.versions().forEach((lang, v) -> versions.put(lang.code(), version(v)));
        return new DocumentJson(d.symbol(), d.kind(),
                d.distribution() == null ? null : d.distribution().name(),
                d.date() == null ? null : d.date().text(),
                d.originalLanguage() == null ? null : d.originalLanguage().code(),
                d.body(), d.session(),
                d.agendaItems().stream().map(a -> new AgendaItemJson(a.agenda(), a.item(), a.title())).toList(),
                d.subjects(), d.aliases(), versions,
                d.related().stream().map(x -> new RelatedJson(x.symbol(), x.type().wire())).toList(),
                d.key(), symbols.parse(d.symbol()).symbol().map(RecordJson::components).orElse(null),
                d.version(), timestamp(d.created()), timestamp(d.updated()));
    }

    private static String timestamp(OffsetDateTime t) {
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC).toString();
    }

    private static VersionJson version(LanguageVersion v) {
        return new VersionJson(v.title(), v.jobNumber() == null ? null : v.jobNumber().wire(),
                v.jobNumber() == null ? null : v.jobNumber().printed(),
                v.released() == null ? null : v.released().toString(),
                v.files().stream().map(f -> new FileJson(f.format(), f.url(), f.size())).toList());
    }

    public static Components components(DocumentSymbol s) {
        return new Components(s.root(), s.series(), s.session().orElse(null),
                s.year().isPresent() ? s.year().getAsInt() : null, s.nature().orElse(null),
                s.number().orElse(null), modifiers(s.modifiers()), s.baseCanonical());
    }

    private static List<String> modifiers(List<Modifier> modifiers) {
        return modifiers.stream().map(Modifier::text).toList();
    }

    /** The record with each file's link health, as GET shows it (health is read-only, never stored). */
    public static DocumentJson withHealth(DocumentJson d, org.unsymbol.links.LinkHealth health) {
        if (d.versions() == null) {
            return d;
        }
        Map<String, VersionJson> versions = new LinkedHashMap<>();
        d.versions().forEach((lang, v) -> versions.put(lang, new VersionJson(v.title(), v.jobNumber(),
                v.jobNumberPrinted(), v.released(), v.files() == null ? null : v.files().stream()
                .map(f -> new FileJson(f.format(), f.url(), f.size(),
                        org.unsymbol.links.LinkStateJson.of(health.of(f.url())))).toList())));
        return new DocumentJson(d.symbol(), d.kind(), d.distribution(), d.date(), d.originalLanguage(), d.body(),
                d.session(), d.agendaItems(), d.subjects(), d.aliases(), versions, d.related(), d.key(),
                d.components(), d.version(), d.created(), d.updated());
    }
}
