package org.unsymbol.draft;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.unsymbol.extract.Annotator;
import org.unsymbol.platform.problem.ProblemException;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a Word (.docx) draft, read in one streaming pass: the zip is read entry by entry, every byte inflated is
 * charged to the {@link DraftBudget}, and the WordprocessingML parts with text are parsed with SAX, which never holds
 * more than a buffer of XML. A compression bomb stops at the inflation budget, a huge document at the character
 * budget, both while being read (POI's XWPFDocument built the whole XML tree first: ~3 GB for a 95 MB document.xml).
 * <p>
 * The text is the main document's paragraphs in order (runs joined, so a symbol split across runs is whole; a tab is
 * {@code \t}, a line break {@code \n}, each paragraph ends with {@code \n}), then the footnotes, endnotes, headers and
 * footers, each part in the same way.
 */
final class DocxText {

    private static final Pattern TEXT_PART =
            Pattern.compile("word/(document|footnotes|endnotes|header(\\d*)|footer(\\d*))\\.xml");
    /** WordprocessingML: transitional and strict. */
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    private static final SAXParserFactory SAX = factory();

    private DocxText() {
    }

    /** The text and the hyperlinks of the main document (their targets from its relationships). */
    record Read(String text, int mainLength, List<Annotator.ExistingLink> links) {
    }

    static String read(byte[] body, DraftBudget budget) {
        return readWithLinks(body, budget).text();
    }

    static Read readWithLinks(byte[] body, DraftBudget budget) {
        Map<String, StringBuilder> parts = new TreeMap<>();
        List<int[]> hyperlinks = new ArrayList<>();
        List<String> hyperlinkIds = new ArrayList<>();
        Map<String, String> targets = new java.util.HashMap<>();
        byte[] skip = new byte[8192];
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(body),
                StandardCharsets.UTF_8.name(), true, true)) {
            ZipArchiveEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                budget.time();
                InputStream in = budget.inflating(zip);
                Matcher m = TEXT_PART.matcher(entry.getName());
                if (m.matches() && !parts.containsKey(entry.getName())) {
                    StringBuilder text = new StringBuilder();
                    parts.put(entry.getName(), text);
                    Paragraphs handler = new Paragraphs(text, budget);
                    if (entry.getName().equals("word/document.xml")) {
                        handler.hyperlinks = hyperlinks;
                        handler.hyperlinkIds = hyperlinkIds;
                    }
                    parse(in, handler);
                } else if (entry.getName().equals(RELS) && targets.isEmpty()) {
                    parse(in, new Relationships(targets));
                }
                // every other entry is read through too: whatever it inflates to is charged, never skipped unseen
                while (in.read(skip) >= 0) {
                    // drained
                }
            }
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | SAXException | RuntimeException e) {
            ProblemException budgetHit = budgetCause(e);
            if (budgetHit != null) {
                throw budgetHit;
            }
            throw DraftReader.unreadable("The body is not a readable Word (.docx) document: " + DraftReader.reason(e));
        }
        StringBuilder main = parts.remove("word/document.xml");
        if (main == null) {
            throw DraftReader.unreadable("The body is not a readable Word (.docx) document: it has no "
                    + "word/document.xml part.");
        }
        List<StringBuilder> rest = new ArrayList<>();
        for (String kind : List.of("word/footnotes.xml", "word/endnotes.xml")) {
            if (parts.containsKey(kind)) {
                rest.add(parts.remove(kind));
            }
        }
        parts.keySet().stream().sorted((a, b) -> rank(a) - rank(b)).forEach(name -> rest.add(parts.get(name)));
        int mainLength = main.length();
        for (StringBuilder part : rest) {
            main.append(part);
        }
        List<Annotator.ExistingLink> links = new ArrayList<>(hyperlinks.size());
        for (int i = 0; i < hyperlinks.size(); i++) {
            String target = targets.get(hyperlinkIds.get(i));
            if (target != null && hyperlinks.get(i)[1] > hyperlinks.get(i)[0]) {
                links.add(new Annotator.ExistingLink(hyperlinks.get(i)[0], hyperlinks.get(i)[1], 0, 0, target));
            }
        }
        return new Read(main.toString(), mainLength, links);
    }

    static final String RELS = "word/_rels/document.xml.rels";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** The external targets of a relationships part, by id. */
    private static final class Relationships extends DefaultHandler {
        private final Map<String, String> targets;

        Relationships(Map<String, String> targets) {
            this.targets = targets;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (localName.equals("Relationship") && targets.size() < 100_000) {
                String id = attributes.getValue("Id");
                String target = attributes.getValue("Target");
                if (id != null && target != null && "External".equals(attributes.getValue("TargetMode"))) {
                    targets.put(id, target);
                }
            }
        }
    }

    /** Headers before footers, each in number order. */
    private static int rank(String part) {
        Matcher m = TEXT_PART.matcher(part);
        if (!m.matches()) {
            return Integer.MAX_VALUE;
        }
        String n = m.group(2) != null ? m.group(2) : m.group(3);
        int number = n == null || n.isEmpty() || n.length() > 6 ? 0 : Integer.parseInt(n);
        return (m.group(2) != null ? 0 : 1_000_000) + number;
    }

    private static void parse(InputStream in, DefaultHandler handler)
            throws IOException, SAXException {
        SAXParser parser;
        try {
            parser = SAX.newSAXParser();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        InputStream unclosable = new java.io.FilterInputStream(in) {
            @Override
            public void close() {
                // the zip stream stays open for the next entry
            }
        };
        parser.parse(new InputSource(unclosable), handler);
    }

    /** Collects run text by paragraph, charging every character. */
    private static final class Paragraphs extends DefaultHandler {
        private final StringBuilder text;
        private final DraftBudget budget;
        private int inText;
        /** The main document's hyperlinks: [start, end) of their text, and their relationship ids. */
        List<int[]> hyperlinks;
        List<String> hyperlinkIds;
        private final java.util.ArrayDeque<int[]> openLinks = new java.util.ArrayDeque<>();

        Paragraphs(StringBuilder text, DraftBudget budget) {
            this.text = text;
            this.budget = budget;
        }

        private static boolean word(String uri) {
            return W.equals(uri) || W_STRICT.equals(uri);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (!word(uri)) {
                return;
            }
            switch (localName) {
                case "t" -> inText++;
                case "tab", "ptab" -> add('\t');
                case "br", "cr" -> add('\n');
                case "noBreakHyphen" -> add('-');
                case "hyperlink" -> {
                    if (hyperlinks != null) {
                        String id = attributes.getValue(R, "id");
                        int[] span = {text.length(), -1};
                        openLinks.push(span);
                        if (id != null && hyperlinks.size() < 100_000) {
                            hyperlinks.add(span);
                            hyperlinkIds.add(id);
                        }
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (!word(uri)) {
                return;
            }
            if (localName.equals("t")) {
                inText--;
            } else if (localName.equals("hyperlink") && !openLinks.isEmpty()) {
                openLinks.pop()[1] = text.length();
            } else if (localName.equals("p")) {
                add('\n');
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText > 0) {
                budget.chars(length);
                text.append(ch, start, length);
            }
        }

        private void add(char c) {
            budget.chars(1);
            text.append(c);
        }
    }

    /** The budget problem behind a parser's wrapping, if that is why it stopped. */
    private static ProblemException budgetCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProblemException p) {
                return p;
            }
            if (t instanceof SAXException s && s.getException() instanceof ProblemException p) {
                return p;
            }
        }
        return null;
    }

    private static SAXParserFactory factory() {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        f.setValidating(false);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // no DTD, so no entities and nothing fetched: a DOCTYPE is refused (Word never writes one)
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("The XML parser cannot be made safe for drafts", e);
        }
        return f;
    }
}
