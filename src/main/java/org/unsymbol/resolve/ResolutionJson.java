package org.unsymbol.resolve;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import org.unsymbol.links.LinkStateJson;
import org.unsymbol.links.Links;
import org.unsymbol.symbolapi.FindingView;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Resolution} field by field, in the order and with the inclusion rules Jackson's own record
 * serializer applies (the resolution's fields only when non-null, {@link Links}' always, {@link LinkStateJson}'s only
 * when non-null, in its declared order), so the JSON is byte for byte the one the reflective serializer wrote
 * ({@code ResolutionJsonTest} compares the two over every shape). It exists because the resolve JSON is the hot path
 * of {@code /api/v1/resolve} and of {@code /r} with {@code Accept: application/json}: the reflective serializer
 * invokes an accessor by reflection and looks up a serializer for each of some thirty properties per answer.
 */
public final class ResolutionJson extends StdSerializer<Resolution> {

    public ResolutionJson() {
        super(Resolution.class);
    }

    @Override
    public void serialize(Resolution r, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        string(g, "input", r.input());
        string(g, "symbol", r.symbol());
        g.writeBooleanField("valid", r.valid());
        bool(g, "inCatalogue", r.inCatalogue());
        string(g, "kind", r.kind());
        string(g, "requestedLanguage", r.requestedLanguage());
        string(g, "language", r.language());
        bool(g, "fallback", r.fallback());
        strings(g, "availableLanguages", r.availableLanguages());
        string(g, "title", r.title());
        if (r.links() != null) {
            links(g, r.links());
        }
        findings(g, "errors", r.errors());
        findings(g, "warnings", r.warnings());
        strings(g, "suggestions", r.suggestions());
        string(g, "languageStatus", r.languageStatus());
        if (r.linkHealth() != null) {
            g.writeObjectFieldStart("linkHealth");
            for (Map.Entry<String, LinkStateJson> e : r.linkHealth().entrySet()) {
                if (e.getValue() == null) {
                    g.writeNullField(e.getKey());
                } else {
                    g.writeFieldName(e.getKey());
                    state(g, e.getValue());
                }
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void links(JsonGenerator g, Links l) throws IOException {
        g.writeObjectFieldStart("links");
        g.writeStringField("document", l.document());
        g.writeStringField("undocs", l.undocs());
        g.writeStringField("odsPdf", l.odsPdf());
        g.writeStringField("odsDoc", l.odsDoc());
        g.writeStringField("digitalLibrary", l.digitalLibrary());
        g.writeEndObject();
    }

    private static void state(JsonGenerator g, LinkStateJson s) throws IOException {
        g.writeStartObject();
        string(g, "status", s.status());
        string(g, "checkedAt", s.checkedAt());
        string(g, "lastOkAt", s.lastOkAt());
        if (s.score() != null) {
            g.writeNumberField("score", s.score());
        }
        if (s.httpStatus() != null) {
            g.writeNumberField("httpStatus", s.httpStatus());
        }
        string(g, "contentKind", s.contentKind());
        g.writeEndObject();
    }

    private static void findings(JsonGenerator g, String name, List<FindingView> findings) throws IOException {
        if (findings == null) {
            return;
        }
        g.writeArrayFieldStart(name);
        for (FindingView f : findings) {
            if (f == null) {
                g.writeNull();
                continue;
            }
            g.writeStartObject();
            g.writeStringField("code", f.code());
            g.writeStringField("severity", f.severity());
            g.writeStringField("message", f.message());
            g.writeNumberField("start", f.start());
            g.writeNumberField("end", f.end());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        if (values == null) {
            return;
        }
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void string(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void bool(JsonGenerator g, String name, Boolean value) throws IOException {
        if (value != null) {
            g.writeBooleanField(name, value);
        }
    }
}
