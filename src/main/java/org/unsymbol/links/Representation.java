package org.unsymbol.links;

import java.util.Arrays;
import java.util.List;

/** What {@code /r/{lang}/{symbol}} can answer with, by media type, as doi.org's content negotiation does. */
public enum Representation {
    REDIRECT("text/html"),
    JSON("application/json"),
    CSL_JSON("application/vnd.citationstyles.csl+json"),
    BIBTEX("application/x-bibtex"),
    RIS("application/x-research-info-systems"),
    /** A formatted citation; {@code style=} and {@code locale=} parameters of the Accept range (BibliographyStyles). */
    BIBLIOGRAPHY("text/x-bibliography");

    private final String mediaType;

    Representation(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public static List<String> mediaTypes() {
        return Arrays.stream(values()).map(Representation::mediaType).toList();
    }
}
