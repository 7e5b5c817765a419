package org.unsymbol.web;

/**
 * A document's citation to copy, as {@code /r/{lang}/{symbol}} answers it by content negotiation: BibTeX, RIS and
 * CSL-JSON (here indented for reading; the same members and values).
 */
public record Citation(String language, String link, String bibtex, String ris, String cslJson) {
}
