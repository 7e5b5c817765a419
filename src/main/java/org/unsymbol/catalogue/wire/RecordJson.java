package org.unsymbol.catalogue;

import org.unsymbol.catalogue.DocumentJson.AgendaItemJson;
import org.unsymbol.catalogue.DocumentJson.Components;
import org.unsymbol.catalogue.DocumentJson.FileJson;
import org.unsymbol.catalogue.DocumentJson.RelatedJson;
import org.unsymbol.catalogue.DocumentJson.VersionJson;
import org.unsymbol.catalogue.model.CatalogueRecord;
import org.unsymbol.catalogue.model.LanguageVersion;
import org.unsymbol.symbol.DocumentSymbol;
import org.unsymbol.symbol.Modifier;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a normalized record back in the wire format (its content members only). */
public final class RecordJson {

    private RecordJson() {
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
}
