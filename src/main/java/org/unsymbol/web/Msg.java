package org.unsymbol.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The interface's words, in English here and in the other five UN languages in
 * {@code src/main/resources/messages/msg_xx.properties}. {@code %1}, {@code %2} in a message are filled by the page's
 * script (Qute reads braces itself).
 */
@MessageBundle
public interface Msg {

    @Message("Skip to the content")
    String skip();

    @Message("unsymbol")
    String site();

    @Message("UN document symbols, checked and linked")
    String tagline();

    @Message("Check a draft")
    String nav_check();

    @Message("Look up a symbol")
    String nav_lookup();

    @Message("API")
    String nav_api();

    @Message("Interface language")
    String ui_language();

    @Message("Check the references of a draft")
    String check_title();

    @Message("Paste a draft or choose a file (Markdown, plain text, HTML, Word .docx, PDF). Every UN document symbol in it is checked against the grammar and the catalogue. The draft is sent to this service only to be checked; it is not stored.")
    String check_intro();

    @Message("Draft text")
    String paste_label();

    @Message("Format of the pasted text")
    String format_label();

    @Message("Markdown")
    String format_markdown();

    @Message("Plain text")
    String format_plain();

    @Message("HTML")
    String format_html();

    @Message("Or choose a file")
    String file_label();

    @Message("You can also drop a file on this area.")
    String drop_hint();

    @Message("No file chosen: the pasted text is checked.")
    String no_file();

    @Message("Use the pasted text instead")
    String clear_file();

    @Message("Language of the draft")
    String draft_language();

    @Message("Detect from the text")
    String detect();

    @Message("Check the draft")
    String check_button();

    @Message("Checking a draft needs JavaScript. Without it you can look up one symbol at a time, or send the draft to the API.")
    String noscript();

    @Message("Results")
    String results();

    @Message("Legend and counts")
    String legend();

    @Message("Found")
    String st_found();

    @Message("Unknown")
    String st_unknown();

    @Message("Malformed")
    String st_malformed();

    @Message("Placeholder")
    String st_placeholder();

    @Message("No version in this language")
    String st_missing();

    @Message("(%1 distinct)")
    String distinct();

    @Message("Problems")
    String problems();

    @Message("No problems: every reference is catalogued in this language.")
    String no_problems();

    @Message("The draft with its references")
    String draft_view();

    @Message("Take it back")
    String downloads();

    @Message("Download the linked draft")
    String download_linked();

    @Message("Report (CSV)")
    String download_csv();

    @Message("Report (printable HTML)")
    String download_html();

    @Message("Word and PDF drafts cannot be given back with links: convert them to text, Markdown or HTML first.")
    String no_linkify();

    @Message("The service reads the text of a Word or PDF file itself; the references it found are listed below.")
    String no_text();

    @Message("Checking the draft…")
    String checking();

    @Message("%1 references checked in %2 ms (service: %3 ms).")
    String checked();

    @Message("The service refused the draft: %1")
    String refused();

    @Message("Not available on this server.")
    String unavailable();

    @Message("line %1, column %2")
    String pos_line();

    @Message("character %1")
    String pos_offset();

    @Message("paragraph %1")
    String pos_paragraph();

    @Message("section %1")
    String pos_section();

    @Message("Pinpoints")
    String pinpoints();

    @Message("Suggestions")
    String suggestions();

    @Message("Languages")
    String languages();

    @Message("Link")
    String link();

    @Message("Symbol")
    String symbol();

    @Message("Title")
    String title();

    @Message("Not in the catalogue")
    String not_catalogued();

    @Message("Only the first %1 references were checked.")
    String truncated();

    @Message("Look up a symbol")
    String lookup_title();

    @Message("Document symbol, as written")
    String lookup_label();

    @Message("For example A/78/265, S/RES/2719 (2023) or e/cn.4/1989/29/Corr.l")
    String lookup_hint();

    @Message("Look up")
    String lookup_button();

    @Message("That is too long to be a document symbol.")
    String too_long();

    @Message("Valid")
    String valid();

    @Message("Not valid")
    String invalid();

    @Message("Tier")
    String tier();

    @Message("Lookup key")
    String key();

    @Message("Kind")
    String kind();

    @Message("Components")
    String components();

    @Message("Root")
    String c_root();

    @Message("Bodies")
    String c_bodies();

    @Message("Series")
    String c_series();

    @Message("Session")
    String c_session();

    @Message("Year")
    String c_year();

    @Message("Nature")
    String c_nature();

    @Message("Number")
    String c_number();

    @Message("Part")
    String c_part();

    @Message("Modifiers")
    String c_modifiers();

    @Message("In parentheses")
    String c_parentheticals();

    @Message("Joint symbol of")
    String c_singles();

    @Message("Findings")
    String findings();

    @Message("No findings.")
    String no_findings();

    @Message("Code")
    String f_code();

    @Message("Severity")
    String f_severity();

    @Message("Message")
    String f_message();

    @Message("Where")
    String f_position();

    @Message("Links per language")
    String links_title();

    @Message("in the catalogue")
    String in_catalogue();

    @Message("Catalogue record")
    String record();

    @Message("This symbol is not in the catalogue.")
    String no_record();

    @Message("Document page")
    String document_page();

    @Message("The same as JSON")
    String as_json();

    @Message("Date")
    String date();

    @Message("Distribution")
    String distribution();

    @Message("Body")
    String body();

    @Message("Original language")
    String original_language();

    @Message("Agenda items")
    String agenda_items();

    @Message("Subjects")
    String subjects();

    @Message("Also written")
    String aliases();

    @Message("Language versions")
    String versions();

    @Message("No version in the catalogue")
    String version_missing();

    @Message("Files")
    String files();

    @Message("Released")
    String released();

    @Message("Related documents")
    String related();

    @Message("This symbol is not in the catalogue.")
    String not_found();

    @Message("Open")
    String open();

    @Message("Browse the catalogue")
    String nav_browse();

    @Message("Browse the catalogue")
    String browse_title();

    @Message("Search the catalogue with the filters of the API (GET /api/v1/documents). Each filter narrows the search; the charts count the documents found.")
    String browse_intro();

    @Message("Words in a title, or a symbol")
    String browse_q();

    @Message("Titles are searched in the six languages; a symbol such as A/78/265 finds that document.")
    String browse_q_hint();

    @Message("A series: A, A/AC.292, E/CN.4")
    String browse_body_hint();

    @Message("Session")
    String browse_session();

    @Message("Kind")
    String browse_kind();

    @Message("Any")
    String browse_any();

    @Message("Has a version in")
    String browse_language();

    @Message("Issued from")
    String browse_from();

    @Message("Issued until")
    String browse_to();

    @Message("YYYY, YYYY-MM or YYYY-MM-DD")
    String browse_date_hint();

    @Message("Search")
    String browse_button();

    @Message("Clear the filters")
    String browse_clear();

    @Message("This filter is not valid:")
    String browse_bad();

    @Message("Documents")
    String browse_results();

    @Message("No document matches these filters.")
    String browse_none();

    @Message("Pages of results")
    String browse_paging();

    @Message("Next page")
    String browse_next();

    @Message("First page")
    String browse_first();

    @Message("At a glance")
    String browse_facets();

    @Message("Documents per year")
    String chart_year();

    @Message("Documents per body (series)")
    String chart_body();

    @Message("Language coverage: documents with a version in each language")
    String chart_language();

    @Message("The chart shows the first rows; the table lists them all.")
    String chart_cut();

    @Message("Value")
    String value();

    @Message("Documents")
    String documents();

    @Message("unknown")
    String unknown();

    @Message("Cite this document")
    String cite_title();

    @Message("The citation data that this link answers by content negotiation:")
    String cite_hint();

    @Message("Copy")
    String copy();

    @Message("Could not copy: select the text and copy it.")
    String copy_failed();

    @Message("{total} {#if total == 1}document matches{#else}documents match{/if}.")
    String browse_count(long total);

    @Message("%1 copied.")
    String copied();

    @Message("Show the other %1 problems")
    String problems_more();
}
