package org.unsymbol.draft;

import jakarta.ws.rs.core.MediaType;
import org.unsymbol.extract.Annotator;
import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.ProblemException;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of draft the service reads, by request Content-Type. */
public enum DraftFormat {
    PLAIN("text/plain", "text", Annotator.Mode.TEXT, "text/plain"),
    MARKDOWN("text/markdown", "markdown", Annotator.Mode.MARKDOWN, "text/markdown"),
    HTML("text/html", "html", Annotator.Mode.HTML, "text/html"),
    DOCX(DraftFormat.DOCX_TYPE, "docx", null, DraftFormat.DOCX_TYPE),
    PDF("application/pdf", "pdf", null, null);

    public static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final String mediaType;
    private final String tag;
    private final Annotator.Mode mode;
    private final String linkedType;

    DraftFormat(String mediaType, String tag, Annotator.Mode mode, String linkedType) {
        this.mediaType = mediaType;
        this.tag = tag;
        this.mode = mode;
        this.linkedType = linkedType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The short name used in metrics tags. */
    public String tag() {
        return tag;
    }

    /** Text formats are decoded as characters; Word and PDF need a text extractor first. */
    public boolean isText() {
        return mode != null;
    }

    /** How the annotator inserts links into this format; empty for binary formats, which cannot be linkified. */
    public Optional<Annotator.Mode> annotatorMode() {
        return Optional.ofNullable(mode);
    }

    /** The media type of the linkified draft: the one it came in (PDF: none, it cannot be linkified). */
    public String linkedMediaType() {
        return linkedType;
    }

    public static List<String> mediaTypes() {
        return Arrays.stream(values()).map(DraftFormat::mediaType).toList();
    }

    /** The format of a request's Content-Type (parameters ignored); 415 for anything else, absent included. */
    public static DraftFormat of(MediaType type) {
        if (type != null) {
            for (DraftFormat f : values()) {
                if (f.mediaType.equalsIgnoreCase(type.getType() + "/" + type.getSubtype())) {
                    return f;
                }
            }
        }
        throw new ProblemException(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                (type == null ? "No Content-Type was sent" : "Content-Type " + type.getType() + "/" + type.getSubtype()
                        + " is not a draft format") + "; send one of " + String.join(", ", mediaTypes()) + ".")
                .with("supported", mediaTypes());
    }
}
