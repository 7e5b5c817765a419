package org.unsymbol.symbol;

import java.util.Locale;

/** What sort of document a symbol names, as far as the symbol itself tells. */
public enum SymbolKind {
    DOCUMENT,
    RESOLUTION,
    /** GA/ECOSOC decisions: no official symbol; the Digital Library catalogues them as {@code A/DEC/...}. */
    DECISION,
    PRESIDENTIAL_STATEMENT,
    MEETING_RECORD,
    SUMMARY_RECORD,
    DRAFT,
    INFORMATION,
    CONFERENCE_ROOM_PAPER,
    WORKING_PAPER,
    GENERAL_COMMENT,
    COMMUNICATION_DECISION,
    NGO_STATEMENT,
    /** Restricted distribution ({@code R.n}). */
    RESTRICTED,
    /** Trusteeship petitions ({@code T/PET...}). */
    PETITION;

    /** The lower-case name used on the wire ({@code meeting-record}). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
