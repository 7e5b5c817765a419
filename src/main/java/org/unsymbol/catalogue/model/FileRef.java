package org.unsymbol.catalogue.model;

/** One stored file of a language version: its format ({@code pdf}, {@code doc}, {@code docx}), URL and size in bytes. */
public record FileRef(String format, String url, Long size) {
}
