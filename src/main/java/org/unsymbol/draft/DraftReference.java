package org.unsymbol.draft;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.unsymbol.symbolapi.FindingView;

import java.util.List;

/**
 * One reference of a checked draft on the wire. Offsets are UTF-16 indexes into the draft's text (for Word and PDF:
 * into the text extracted from them); line and column say the same for a person.
 */
@Schema(name = "DraftReference")
public record DraftReference(
        @Schema(example = "A/78/265") String text,
        @Schema(example = "1731") int start,
        @Schema(example = "1739") int end,
        @Schema(description = "Line of the start, from 1 (lines end at \\n)", example = "14") int line,
        @Schema(description = "Column of the start on its line, from 1, counted in code points", example = "122")
        int column,
        @Schema(nullable = true, description = "Number of the numbered paragraph the reference is in, as the draft "
                + "numbers it (a paragraph opening with \"12.\", \"12)\" or \"párr. 12\"); null before any numbered "
                + "paragraph and under a heading until the next", example = "2") String paragraph,
        @Schema(nullable = true, description = "The heading the reference sits under (Markdown #, HTML h1-h6, a "
                + "\"II. Title\" or \"A. Title\" line in plain text); null before any heading",
                example = "I. Introducción") String section,
        @Schema(description = "About 80 characters around the reference, from its line, white space collapsed",
                example = "se publicó como documento [A/78/265](#).") String context,
        @Schema(nullable = true, description = "PDF: the page (from 1) whose text holds the reference; null for other "
                + "formats") Integer page,
        @Schema(description = "Canonical symbol (as written when it could not be parsed or a short form is "
                + "ambiguous)", example = "A/78/265") String symbol,
        @Schema(example = "document") String kind,
        @Schema(description = "How the draft gives it: written (the symbol), inherited (Corr.1 after a symbol), "
                + "citation (resolution 75/240), short (ibid., dicha resolución: see antecedent)",
                enumeration = {"written", "inherited", "citation", "short"}, example = "written") String form,
        DraftStatus status,
        @Schema(description = "Built from a citation by number (resolución 75/240 -> A/RES/75/240)") boolean derived,
        List<FindingView> errors,
        List<FindingView> warnings,
        List<String> suggestions,
        @Schema(description = "The parts of the document pointed to (A/78/265, párr. 12; paragraph 5 of resolution "
                + "75/240); empty when none") List<DraftPinpoint> pinpoints,
        @Schema(nullable = true, description = "For a resolved short form: the reference it stands for; else null")
        DraftAntecedent antecedent,
        @Schema(nullable = true, description = "For an ambiguous short form: the references it could stand for (one "
                + "per symbol); else null") List<DraftAntecedent> candidates,
        @Schema(nullable = true, description = "Null for malformed, placeholder and ambiguous references",
                example = "http://localhost:8080/r/es/A/78/265") String link,
        @Schema(nullable = true, description = "Catalogue title in the draft's language (else the original's); null when "
                + "not catalogued") String title,
        @Schema(nullable = true, description = "Languages the catalogue holds the document in; null when not catalogued")
        List<String> availableLanguages,
        @Schema(nullable = true, description = "Why a reference needs attention, in words, in the language of the "
                + "messages (lang, else Accept-Language, else en); null when it needs none")
        String note) {

    /** This reference with {@code more} warnings after its own (the checks of its existing link). */
    DraftReference withWarnings(List<FindingView> more) {
        List<FindingView> all = new java.util.ArrayList<>(warnings);
        all.addAll(more);
        return new DraftReference(text, start, end, line, column, paragraph, section, context, page, symbol, kind,
                form, status, derived, errors, List.copyOf(all), suggestions, pinpoints, antecedent, candidates, link,
                title, availableLanguages, note);
    }

    /** A part of a document a reference points to. */
    @Schema(name = "DraftPinpoint")
    public record DraftPinpoint(
            @Schema(enumeration = {"paragraph", "annex", "section", "page", "footnote", "chapter"},
                    example = "paragraph") String kind,
            @Schema(nullable = true, description = "As numbered: ASCII digits, a range as 3-5, Roman numerals for "
                    + "annexes, chapters and sections written in words (annex II); null for an annex without a "
                    + "number", example = "12") String value) {
    }

    /** The reference a short form stands for (or could). */
    @Schema(name = "DraftAntecedent")
    public record DraftAntecedent(
            @Schema(description = "Offset of the reference in the text", example = "295") int start,
            @Schema(example = "A/RES/75/240") String symbol) {
    }
}
