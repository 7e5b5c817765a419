package org.unsymbol.harvest;

import org.unsymbol.catalogue.io.SourceItem;

import java.util.List;

/**
 * One ListRecords response: its records in order, the resumption token of the next page (null at the end), or the
 * OAI-PMH error it answered with.
 */
record OaiPage(List<Entry> records, String resumptionToken, Long completeListSize, Long cursor, String errorCode,
               String errorMessage) {

    /**
     * One {@code <record>}: its header and, unless deleted, what its MARC metadata maps to (or why it does not).
     *
     * @param position the record's place in the page, from 1 (the line its import item reports)
     */
    record Entry(long position, String identifier, String datestamp, boolean deleted, SourceItem item) {
    }

    boolean isError() {
        return errorCode != null;
    }

    /** OAI-PMH's answer for a harvest that selects nothing (an incremental harvest with nothing new). */
    boolean noRecordsMatch() {
        return "noRecordsMatch".equals(errorCode);
    }

    boolean last() {
        return resumptionToken == null || resumptionToken.isBlank();
    }
}
