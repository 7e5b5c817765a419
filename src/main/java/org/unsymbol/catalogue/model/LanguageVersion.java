package org.unsymbol.catalogue.model;

import org.unsymbol.lang.Language;

import java.time.LocalDate;
import java.util.List;

/** One language version of a document: its title, job number, release date and files. */
public record LanguageVersion(Language language, String title, JobNumber jobNumber, LocalDate released,
                              List<FileRef> files) {

    public LanguageVersion {
        files = List.copyOf(files);
    }
}
