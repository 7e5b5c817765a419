package org.unsymbol.draft;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

/** Limits of draft checking ({@code unsymbol.drafts.*}). */
@ConfigMapping(prefix = "unsymbol.drafts")
public interface DraftsConfig {

    /** References reported (and linked) per request; the rest of the draft is left as it is and flagged truncated. */
    @WithDefault("10000")
    int maxReferences();

    /** Characters of text read out of one Word or PDF draft; past it 413 DRAFT_TEXT_TOO_LARGE. */
    @WithDefault("2000000")
    int maxTextChars();

    /**
     * Bytes inflated while reading one Word or PDF draft (Word: the XML parts read; PDF: every decoded stream but
     * images, and each Flate stream on its own); past it 422 DRAFT_TOO_COMPLEX.
     */
    @WithDefault("32M")
    MemorySize maxInflatedBytes();

    /** Pages of a PDF read; past it 413 DRAFT_TEXT_TOO_LARGE. */
    @WithDefault("2000")
    int maxPdfPages();

    /** Content-stream operators a PDF may run through (all pages, forms included); past it 422 DRAFT_TOO_COMPLEX. */
    @WithDefault("2000000")
    int maxPdfOperators();

    /** Glyphs on one PDF page (the text extractor keeps a page's glyphs to sort them); past it 422 DRAFT_TOO_COMPLEX. */
    @WithDefault("50000")
    int maxPdfGlyphsPerPage();

    /** Wall-clock time one Word or PDF extraction may take; past it 422 DRAFT_TOO_COMPLEX. */
    @WithDefault("10S")
    Duration maxExtractionTime();

    /**
     * Word and PDF drafts read at the same time by this process; one more answers 503 DRAFT_EXTRACTION_BUSY with
     * Retry-After. Absent: half the processors, at least one.
     */
    OptionalInt maxConcurrentExtractions();

    /**
     * Hosts an existing link on a reference may point to without a LINK_FOREIGN_HOST warning (each with its
     * subdomains; this service's own host is always allowed): the United Nations' and its system's sites.
     */
    @WithDefault("un.org,undocs.org,ohchr.org,unog.ch,unov.org,unhcr.org,unicef.org,undp.org,unep.org,unctad.org,"
            + "unodc.org,unesco.org,unfccc.int,who.int,ilo.org,itu.int,wipo.int,fao.org,imo.org,icj-cij.org")
    List<String> linkHosts();
}
