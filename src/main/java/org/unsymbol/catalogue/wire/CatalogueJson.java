package org.unsymbol.catalogue.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.ProblemException;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The catalogue's own JSON mapping, strict where the application's shared mapper is lenient: an unknown member is an
 * error (a misspelt {@code "titel"} must not silently vanish), and a trailing second document on a line is too.
 */
public final class CatalogueJson {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    public static final ObjectReader DOCUMENT_READER = MAPPER.readerFor(DocumentJson.class);
    public static final ObjectWriter DOCUMENT_WRITER = MAPPER.writerFor(DocumentJson.class);

    private CatalogueJson() {
    }

    /** Parses one document; a syntax or shape error becomes a 400 problem that names the line, column and member. */
    public static DocumentJson readDocument(String text) {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return readDocument(bytes, 0, bytes.length);
    }

    /** A document from a JSON tree (a merge-patched document), as strictly as {@link #readDocument(String)}. */
    public static DocumentJson readDocument(com.fasterxml.jackson.databind.JsonNode tree) {
        return readDocument(write(tree));
    }

    /**
     * As {@link #readDocument(String)}, from UTF-8 bytes (an NDJSON line as read). Anything but a JSON object
     * ({@code null}, an array, a number, a string) is a {@code MALFORMED_JSON} problem, never a null document.
     */
    public static DocumentJson readDocument(byte[] utf8, int offset, int length) {
        try {
            int first = offset;
            while (first < offset + length && Character.isWhitespace(utf8[first])) {
                first++;
            }
            if (first == offset + length || utf8[first] != '{') {
                throw new ProblemException(ErrorCode.MALFORMED_JSON, "A document is a JSON object ({...}); this is "
                        + (first == offset + length ? "empty" : kindOf(utf8[first])) + ".");
            }
            DocumentJson document = DOCUMENT_READER.readValue(utf8, offset, length);
            if (document == null) { // cannot happen after the check above; never hand on a null document
                throw new ProblemException(ErrorCode.MALFORMED_JSON, "A document is a JSON object ({...}).");
            }
            return document;
        } catch (UnrecognizedPropertyException e) {
            String pointer = pointer(e);
            throw new ProblemException(ErrorCode.VALIDATION_FAILED,
                    "Unknown member '" + e.getPropertyName() + "' at " + pointer + ".")
                    .with("violations", List.of(Map.of("field", pointer, "message", "unknown member")));
        } catch (java.io.IOException e) {
            ProblemException problem = new ProblemException(ErrorCode.MALFORMED_JSON, message(e));
            if (e instanceof JsonProcessingException json && json.getLocation() != null) {
                problem.with("line", json.getLocation().getLineNr()).with("column", json.getLocation().getColumnNr());
            }
            throw problem;
        }
    }

    private static String kindOf(byte first) {
        return switch (first) {
            case 'n' -> "null";
            case '[' -> "an array";
            case '"' -> "a string";
            case 't', 'f' -> "a boolean";
            default -> first == '-' || (first >= '0' && first <= '9') ? "a number" : "not JSON";
        };
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String pointer(com.fasterxml.jackson.databind.JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (com.fasterxml.jackson.databind.JsonMappingException.Reference ref : e.getPath()) {
            sb.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()));
        }
        return sb.length() == 0 ? "/" : sb.toString();
    }

    /** Jackson's message without its source excerpt and Java type names. */
    private static String message(java.io.IOException io) {
        if (!(io instanceof JsonProcessingException e)) {
            return "The body could not be read.";
        }
        String m = org.unsymbol.platform.problem.ProblemMappers.jsonMessage(e);
        String where = e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping
                && !mapping.getPath().isEmpty() ? " at " + pointer(mapping) : "";
        return m + where;
    }
}
