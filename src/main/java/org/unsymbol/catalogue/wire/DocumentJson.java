package org.unsymbol.catalogue.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Map;

/**
 * The catalogue's wire format: a GET/PUT body and one NDJSON line. {@code key}, {@code components}, {@code version},
 * {@code created} and {@code updated} are read-only: accepted on input (so that a GET body or an export line can be
 * sent back) and ignored. Any other unknown member is an error.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"symbol", "key", "kind", "distribution", "date", "originalLanguage", "body", "session",
        "agendaItems", "subjects", "aliases", "versions", "related", "components", "version", "created", "updated"})
public record DocumentJson(
        String symbol,
        String kind,
        String distribution,
        String date,
        String originalLanguage,
        String body,
        String session,
        List<AgendaItemJson> agendaItems,
        List<String> subjects,
        List<String> aliases,
        Map<String, VersionJson> versions,
        List<RelatedJson> related,
        String key,
        Components components,
        Long version,
        String created,
        String updated) {

    /** The input members only: what a writer supplies. */
    public static DocumentJson input(String symbol, String kind, String distribution, String date,
                                     String originalLanguage, String body, String session,
                                     List<AgendaItemJson> agendaItems, List<String> subjects, List<String> aliases,
                                     Map<String, VersionJson> versions, List<RelatedJson> related) {
        return new DocumentJson(symbol, kind, distribution, date, originalLanguage, body, session, agendaItems,
                subjects, aliases, versions, related, null, null, null, null, null);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"title", "jobNumber", "jobNumberPrinted", "released", "files"})
    public record VersionJson(String title, String jobNumber,
                              String jobNumberPrinted,
                              String released, List<FileJson> files) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"format", "url", "size", "health"})
    public record FileJson(String format, String url, Long size,
                           @org.eclipse.microprofile.openapi.annotations.media.Schema(readOnly = true,
                                   description = "What the link-health checks know of this file (GET only; "
                                           + "not covered by the ETag; ignored on input)")
                           org.unsymbol.links.LinkStateJson health) {

        public FileJson(String format, String url, Long size) {
            this(format, url, size, null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"agenda", "item", "title"})
    public record AgendaItemJson(String agenda, String item, String title) {
    }

    @JsonPropertyOrder({"symbol", "relation"})
    public record RelatedJson(String symbol, String relation) {
    }

    /** The parsed components of the symbol, for filtering clients. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"root", "series", "session", "year", "nature", "number", "modifiers", "base"})
    public record Components(String root, String series, String session, Integer year, String nature,
                             String number, List<String> modifiers, String base) {
    }
}
