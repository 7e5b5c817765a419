package org.unsymbol.draft;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.unsymbol.extract.Annotator;
import org.unsymbol.extract.Reference;
import org.unsymbol.extract.ReferenceExtractor;
import org.unsymbol.extract.ReferenceStatus;
import org.unsymbol.platform.problem.ProblemException;
import org.unsymbol.symbol.SymbolParser;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Word back as Word: the linked .docx opened with POI has the same text runs as the input (split only where a
 * reference starts or ends inside one, formatting copied), a hyperlink with the right target on each linked
 * reference, the comments asked for, and every other part byte for byte.
 */
class DocxLinkerTest {

    private static final ReferenceExtractor EXTRACTOR = ReferenceExtractor.standard();
    private static DraftBudget roomy() {
        return new DraftBudget(2_000_000, 32L << 20, 2000, 2_000_000, 50_000, 10_000_000_000L);
    }

    private static String url(Reference r) {
        return "https://undocs.org/es/" + r.symbol().replace(" ", "%20"); // as DraftLinks writes it
    }

    /** A document: each paragraph its runs; a run starting with "**" is bold. */
    private static byte[] docx(List<List<String>> paragraphs) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (List<String> runs : paragraphs) {
                XWPFParagraph p = doc.createParagraph();
                for (String run : runs) {
                    XWPFRun r = p.createRun();
                    if (run.startsWith("**")) {
                        r.setBold(true);
                        r.setText(run.substring(2));
                    } else {
                        r.setText(run);
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XWPFDocument open(byte[] docx) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(docx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Result(byte[] docx, List<Reference> refs, DocxLinker.Linked linked) {
    }

    private static Result linkify(byte[] docx, boolean comments) {
        DocxText.Read read = DocxText.readWithLinks(docx, roomy());
        List<Reference> refs = EXTRACTOR.extract(read.text()).references();
        List<Annotator.Link> links = Annotator.links(refs, r -> r.status() == ReferenceStatus.VALID ? url(r) : null);
        List<Annotator.Mark> marks = new ArrayList<>();
        if (comments) {
            for (Reference r : refs) {
                if (r.status() != ReferenceStatus.VALID) {
                    marks.add(new Annotator.Mark(r.start(), r.end(), "x", "Problem <&> with " + r.text()));
                }
            }
        }
        DocxLinker.Linked linked = DocxLinker.link(docx, links, marks, read.links(), roomy());
        return new Result(linked.docx(), refs, linked);
    }

    /** Per paragraph, the texts of its runs (hyperlink runs included, in order). */
    private static List<List<String>> runs(XWPFDocument doc) {
        List<List<String>> out = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            List<String> runs = new ArrayList<>();
            for (XWPFRun r : p.getRuns()) {
                runs.add(r.text());
            }
            out.add(runs);
        }
        return out;
    }

    /** The output's runs, rejoined at the cuts, are exactly the input's runs. */
    private static void assertSameRuns(List<List<String>> in, List<List<String>> out) {
        assertEquals(in.size(), out.size(), "paragraphs");
        for (int i = 0; i < in.size(); i++) {
            List<String> merged = new ArrayList<>();
            StringBuilder acc = new StringBuilder();
            int next = 0;
            for (String piece : out.get(i)) {
                acc.append(piece);
                if (next < in.get(i).size() && acc.toString().equals(in.get(i).get(next))) {
                    merged.add(acc.toString());
                    acc.setLength(0);
                    next++;
                }
            }
            assertEquals(in.get(i), merged, "paragraph " + i + " runs " + out.get(i));
            assertEquals(0, acc.length(), "text left over in paragraph " + i);
        }
    }

    private static Map<String, String> hyperlinks(XWPFDocument doc) {
        Map<String, String> out = new LinkedHashMap<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            for (XWPFRun r : p.getRuns()) {
                if (r instanceof XWPFHyperlinkRun h) {
                    out.merge(h.getHyperlink(doc).getURL(), r.text(), String::concat);
                }
            }
        }
        return out;
    }

    private static Map<String, byte[]> entries(byte[] docx) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(docx))) {
            ZipArchiveEntry e;
            while ((e = zip.getNextEntry()) != null) {
                out.put(e.getName(), zip.readAllBytes());
            }
        }
        return out;
    }

    @Test
    void aSymbolSplitAcrossRunsGetsOneHyperlinkAndTheRunsAreUnchanged() throws IOException {
        List<List<String>> paragraphs = List.of(List.of("Informe"),
                List.of("Véase el documento A/78/", "265 y la resolución ", "**75/240 de la Asamblea."),
                List.of("Sin referencias aquí."));
        byte[] in = docx(paragraphs);
        Result r = linkify(in, false);
        XWPFDocument out = open(r.docx());
        assertSameRuns(paragraphs.stream().map(p -> p.stream().map(s -> s.replace("**", "")).toList()).toList(),
                runs(out));
        assertEquals(Map.of("https://undocs.org/es/A/78/265", "A/78/265",
                "https://undocs.org/es/A/RES/75/240", "75/240"), hyperlinks(out));
        assertEquals(2, r.linked().links());
        // the bold run was split at the reference's end: both halves keep the bold
        XWPFParagraph p = out.getParagraphs().get(1);
        for (XWPFRun run : p.getRuns()) {
            if (run.text().startsWith("75/240") || run.text().startsWith(" de la")) {
                assertTrue(run.isBold(), "bold kept on '" + run.text() + "'");
            }
        }
        assertEquals(DocxText.read(in, roomy()), DocxText.read(r.docx(), roomy()), "the text is the same");
        Map<String, byte[]> before = entries(in);
        Map<String, byte[]> after = entries(r.docx());
        assertEquals(before.keySet(), after.keySet());
        for (String name : before.keySet()) {
            if (!Set.of("word/document.xml", "word/_rels/document.xml.rels").contains(name)) {
                assertArrayEquals(before.get(name), after.get(name), name + " is copied byte for byte");
            }
        }
        String rels = new String(after.get("word/_rels/document.xml.rels"), StandardCharsets.UTF_8);
        assertTrue(rels.contains("TargetMode=\"External\""), rels);
    }

    @Test
    void commentsOnTheProblemsOnRequest() {
        byte[] in = docx(List.of(List.of("Véase A/AC.292/2024/CRP.X y A/78/265.")));
        Result r = linkify(in, true);
        XWPFDocument out = open(r.docx());
        XWPFComment[] comments = out.getComments();
        assertEquals(1, comments.length);
        assertEquals(DocxLinker.COMMENT_AUTHOR, comments[0].getAuthor());
        assertEquals("Problem <&> with A/AC.292/2024/CRP.X", comments[0].getText().strip());
        assertEquals(Map.of("https://undocs.org/es/A/78/265", "A/78/265"), hyperlinks(out));
        String xml = new String(unzip(r.docx(), "word/document.xml"), StandardCharsets.UTF_8);
        int start = xml.indexOf("commentRangeStart");
        int end = xml.indexOf("commentRangeEnd");
        assertTrue(start > 0 && end > start && xml.substring(start, end).contains("CRP.X"), xml);
        assertEquals(DocxText.read(in, roomy()), DocxText.read(r.docx(), roomy()),
                "comments add no text to the body");
        Result plain = linkify(in, false);
        XWPFComment[] none = open(plain.docx()).getComments();
        assertTrue(none == null || none.length == 0, "no comments unless asked");
    }

    @Test
    void anExistingHyperlinkIsReadCheckedAndReplacedOnlyWhenAsked() throws IOException {
        byte[] in;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            XWPFParagraph p = doc.createParagraph();
            p.createRun().setText("Véase el informe ");
            p.createHyperlinkRun("https://undocs.org/A/78/266").setText("A/78/265");
            p.createRun().setText(" y la nota ");
            p.createHyperlinkRun("https://evil.example/x").setText("A/78/300");
            doc.write(bytes);
            in = bytes.toByteArray();
        }
        DocxText.Read read = DocxText.readWithLinks(in, roomy());
        assertEquals(2, read.links().size());
        assertEquals("A/78/265", read.text().substring(read.links().get(0).textStart(), read.links().get(0).textEnd()));
        List<Reference> refs = EXTRACTOR.extract(read.text()).references();
        LinkCheck check = new LinkCheck(List.of("un.org", "undocs.org"), "http://localhost:8080",
                SymbolParser.standard());
        var warnings = check.check(refs, read.links());
        assertEquals(LinkCheck.MISMATCH, warnings.get(0).get(0).code());
        assertEquals(LinkCheck.FOREIGN, warnings.get(1).get(0).code());

        List<Annotator.Link> keep = Annotator.links(refs, DocxLinkerTest::url);
        XWPFDocument kept = open(DocxLinker.link(in, keep, List.of(), read.links(), roomy()).docx());
        assertEquals(Map.of("https://undocs.org/A/78/266", "A/78/265", "https://evil.example/x", "A/78/300"),
                hyperlinks(kept), "existing hyperlinks are left alone and nothing is nested in them");
        List<Annotator.Link> fix = keep.stream().map(l -> new Annotator.Link(l.start(), l.end(), l.url(), true))
                .toList();
        XWPFDocument fixed = open(DocxLinker.link(in, fix, List.of(), read.links(), roomy()).docx());
        assertEquals(Map.of("https://undocs.org/es/A/78/265", "A/78/265", "https://undocs.org/es/A/78/300",
                "A/78/300"), hyperlinks(fixed));
    }

    @Test
    void theReadingBudgetHoldsWhileLinking() {
        byte[] in = docx(List.of(List.of("A/78/265 ".repeat(2000))));
        DraftBudget tiny = new DraftBudget(2_000_000, 10_000, 2000, 2_000_000, 50_000, 10_000_000_000L);
        ProblemException e = assertThrows(ProblemException.class,
                () -> DocxLinker.link(in, List.of(), List.of(), List.of(), tiny));
        assertTrue(e.getMessage().contains("inflated-bytes"), e.getMessage());
        assertThrows(ProblemException.class, () -> DocxLinker.link("not a zip".getBytes(StandardCharsets.UTF_8),
                List.of(), List.of(), List.of(), roomy()));
    }

    @Test
    void textBoxesTablesAndTabsKeepTheirOffsets() {
        // a table cell paragraph and tabs: the offsets counted while rewriting are DocxText's
        byte[] in;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Título");
            var table = doc.createTable(1, 2);
            table.getRow(0).getCell(0).setText("A/78/265");
            table.getRow(0).getCell(1).setText("Ver A/RES/75/240");
            XWPFRun tabbed = doc.createParagraph().createRun();
            tabbed.setText("x");
            tabbed.addTab();
            tabbed.setText("S/RES/2719 (2023) fin");
            doc.write(bytes);
            in = bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Result r = linkify(in, false);
        XWPFDocument out = open(r.docx());
        Map<String, String> links = new LinkedHashMap<>();
        for (IBodyElement el : out.getBodyElements()) {
            if (el instanceof org.apache.poi.xwpf.usermodel.XWPFTable t) {
                t.getRow(0).getTableCells().forEach(c -> c.getParagraphs().forEach(p -> p.getRuns().forEach(run -> {
                    if (run instanceof XWPFHyperlinkRun h) {
                        links.put(h.getHyperlink(out).getURL(), run.text());
                    }
                })));
            }
        }
        links.putAll(hyperlinks(out));
        for (Reference ref : r.refs()) {
            if (ref.status() == ReferenceStatus.VALID && ref.linkable()) {
                assertEquals(ref.text(), links.get(url(ref)), "linked " + ref.text() + " in " + links);
            }
        }
        assertFalse(links.isEmpty());
        assertEquals(DocxText.read(in, roomy()), DocxText.read(r.docx(), roomy()));
    }

    private static byte[] unzip(byte[] docx, String name) {
        try {
            return entries(docx).get(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
