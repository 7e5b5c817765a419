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

    /**
     * The kind a symbol's nature component says ({@code RES}, {@code CRP}, {@code L}, ...), DOCUMENT for none or any
     * other: also for a symbol the grammar refuses, such as a placeholder {@code A/AC.292/2024/CRP.X}, which is still
     * a conference room paper.
     */
    public static SymbolKind ofNature(String nature) {
        if (nature == null) {
            return DOCUMENT;
        }
        return switch (nature) {
            case "RES", "Res" -> RESOLUTION;
            case "DEC" -> DECISION;
            case "INF" -> INFORMATION;
            case "PRST" -> PRESIDENTIAL_STATEMENT;
            case "NGO" -> NGO_STATEMENT;
            case "GC" -> GENERAL_COMMENT;
            case "D" -> COMMUNICATION_DECISION;
            case "PET" -> PETITION;
            case "L" -> DRAFT;
            case "R" -> RESTRICTED;
            case "CRP" -> CONFERENCE_ROOM_PAPER;
            case "WP" -> WORKING_PAPER;
            case "PV" -> MEETING_RECORD;
            case "SR" -> SUMMARY_RECORD;
            default -> DOCUMENT;
        };
    }

    /** The lower-case name used on the wire ({@code meeting-record}). */
    public String wireName() {
        return wireName;
    }

    /** Made once: every resolve answer writes it. */
    private final String wireName = name().toLowerCase(Locale.ROOT).replace('_', '-');
}
