package org.unsymbol.web;

import org.unsymbol.catalogue.wire.DocumentJson;
import org.unsymbol.catalogue.RelatedService;

import java.util.List;

/** The landing page of one catalogued document, for people: like a DOI landing page. */
public record DocumentPage(String asked, DocumentJson record, List<Version> versions,
                           List<Related> related, String lookupHref, String apiHref,
                           Citation citation) {

    /** One of the six languages: the title and files when the catalogue holds that version, and its link. */
    public record Version(String lang, String name, DocumentJson.VersionJson version, String href) {
        public boolean available() {
            return version != null;
        }
    }

    /** A related document, linked to its own landing page when catalogued. */
    public record Related(RelatedService.Related related, String href) {
    }

    public boolean found() {
        return record != null;
    }
}
