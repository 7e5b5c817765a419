package org.unsymbol.catalogue.model;

import org.unsymbol.lang.Language;

import java.time.LocalDate;

/**
 * The checked filters shared by search and export; any may be null (no condition).
 *
 * @param prefixKey lookup keys starting with it
 * @param bodyKey   the key of a series: documents under it and its subsidiary bodies
 * @param symbolKey an exact lookup by any key of a document (aliases included)
 * @param text      words searched in the titles of every language (web-search syntax), ranked
 */
public record DocumentFilter(String prefixKey, String bodyKey, String session, Integer year, String kind,
                             Language lang, LocalDate from, LocalDate to, String symbolKey, TitleQuery text) {
}
