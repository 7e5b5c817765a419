package org.unsymbol.draft;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.unsymbol.extract.Annotator;
import org.unsymbol.platform.problem.ProblemException;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.Namespace;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Word draft given back as Word with a hyperlink ({@code <w:hyperlink r:id>}, an external relationship) on each
 * linked reference of the main document and, on request, a Word comment on each problem. Streaming like
 * {@link DocxText}, within a {@link DraftBudget}: every zip entry is copied with its content byte for byte except
 * {@code word/document.xml} (re-serialised by StAX with the links and comment anchors added: the same elements,
 * attributes and text, a run split in two where a reference starts or ends inside it, its properties copied),
 * {@code word/_rels/document.xml.rels} (relationships appended), and, with comments, {@code word/comments.xml} and
 * {@code [Content_Types].xml}. Offsets are counted exactly as {@link DocxText} counts them, so a reference's span in
 * the checked text is its span here. A reference is linked only where Word allows it: inside a paragraph, not in an
 * existing hyperlink, a field or alternate content; a reference in footnotes, headers or footers is not linked (their
 * links would need their own relationship parts). An existing hyperlink asked to be replaced gets the new target.
 */
final class DocxLinker {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String R_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships";
    private static final String DOCUMENT = "word/document.xml";
    private static final String COMMENTS = "word/comments.xml";
    private static final String TYPES = "[Content_Types].xml";
    static final String COMMENT_AUTHOR = "unsymbol";
    /** Comment ids start here, far above any a person's draft uses. */
    static final int FIRST_COMMENT_ID = 900_000;

    private DocxLinker() {
    }

    /** What was written, and how many links and comments went in. */
    record Linked(byte[] docx, int links, int comments) {
    }

    static Linked link(byte[] body, List<Annotator.Link> links, List<Annotator.Mark> comments,
                       List<Annotator.ExistingLink> existing, DraftBudget budget) {
        Map<String, byte[]> held = new LinkedHashMap<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 4096);
        Rewriter rewriter = null;
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(body),
                StandardCharsets.UTF_8.name(), true, true);
             ZipArchiveOutputStream zout = new ZipArchiveOutputStream(out)) {
            ZipArchiveEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                budget.time();
                String name = entry.getName();
                InputStream in = budget.inflating(zip);
                if (name.equals(DOCUMENT) && rewriter == null) {
                    rewriter = new Rewriter(links, comments, existing);
                    ByteArrayOutputStream doc = new ByteArrayOutputStream();
                    rewriter.rewrite(in, doc, budget);
                    put(zout, name, doc.toByteArray());
                } else if (name.equals(DocxText.RELS) || name.equals(COMMENTS) || name.equals(TYPES)) {
                    held.putIfAbsent(name, in.readAllBytes());
                } else {
                    ZipArchiveEntry copy = new ZipArchiveEntry(name);
                    if (entry.getLastModifiedTime() != null) {
                        copy.setLastModifiedTime(entry.getLastModifiedTime());
                    }
                    zout.putArchiveEntry(copy);
                    in.transferTo(zout);
                    zout.closeArchiveEntry();
                }
            }
            if (rewriter == null) {
                throw DraftReader.unreadable("The body is not a readable Word (.docx) document: it has no "
                        + "word/document.xml part.");
            }
            String rels = held.containsKey(DocxText.RELS) ? utf8(held.remove(DocxText.RELS))
                    : "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns="
                    + "\"http://schemas.openxmlformats.org/package/2006/relationships\"></Relationships>";
            String relType = rewriter.strict ? "http://purl.oclc.org/ooxml/officeDocument/relationships/"
                    : "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
            StringBuilder added = new StringBuilder();
            for (Map.Entry<String, String> rel : rewriter.relationships.entrySet()) {
                added.append("<Relationship Id=\"").append(rel.getKey()).append("\" Type=\"").append(relType)
                        .append("hyperlink\" Target=\"").append(Markup.escape(uri(rel.getValue())))
                        .append("\" TargetMode=\"External\"/>");
            }
            boolean newComments = !rewriter.commentTexts.isEmpty() && !held.containsKey(COMMENTS);
            if (newComments && !rels.contains("comments.xml\"")) {
                added.append("<Relationship Id=\"unsymbolComments\" Type=\"").append(relType)
                        .append("comments\" Target=\"comments.xml\"/>");
            }
            put(zout, DocxText.RELS, insertBefore(rels, "</Relationships>", added.toString()).getBytes(StandardCharsets.UTF_8));
            if (!rewriter.commentTexts.isEmpty()) {
                String w = rewriter.strict ? W_STRICT : W;
                StringBuilder c = new StringBuilder();
                rewriter.commentTexts.forEach((id, text) -> c.append("<w:comment xmlns:w=\"").append(w)
                        .append("\" w:id=\"").append(id).append("\" w:author=\"").append(COMMENT_AUTHOR)
                        .append("\" w:initials=\"u\"><w:p><w:r><w:t xml:space=\"preserve\">").append(Markup.escape(text))
                        .append("</w:t></w:r></w:p></w:comment>"));
                String commentsPart = held.containsKey(COMMENTS) ? utf8(held.remove(COMMENTS))
                        : "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:comments xmlns:w=\""
                        + w + "\"></w:comments>";
                put(zout, COMMENTS, insertBefore(commentsPart, "</w:comments>", c.toString())
                        .getBytes(StandardCharsets.UTF_8));
                if (held.containsKey(TYPES) && newComments) {
                    String types = utf8(held.remove(TYPES));
                    if (!types.contains("/word/comments.xml\"")) {
                        types = insertBefore(types, "</Types>", "<Override PartName=\"/word/comments.xml\" "
                                + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml."
                                + "comments+xml\"/>");
                    }
                    put(zout, TYPES, types.getBytes(StandardCharsets.UTF_8));
                }
            }
            for (Map.Entry<String, byte[]> e : held.entrySet()) {
                put(zout, e.getKey(), e.getValue());
            }
            zout.finish();
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof ProblemException p) {
                    throw p;
                }
            }
            throw DraftReader.unreadable("The body is not a Word (.docx) document that can be given back with "
                    + "links: " + DraftReader.reason(e));
        }
        return new Linked(out.toByteArray(), rewriter.linksWritten, rewriter.commentTexts.size());
    }

    private static void put(ZipArchiveOutputStream zout, String name, byte[] bytes) throws IOException {
        zout.putArchiveEntry(new ZipArchiveEntry(name));
        zout.write(bytes);
        zout.closeArchiveEntry();
    }

    private static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    private static String insertBefore(String xml, String closing, String insert) {
        int at = xml.lastIndexOf(closing);
        if (at < 0) {
            throw DraftReader.unreadable("A part of the Word document has no " + closing + ".");
        }
        return xml.substring(0, at) + insert + xml.substring(at);
    }

    /** A target Word and every OPC reader take: characters a URI cannot hold percent-encoded (UTF-8). */
    static String uri(String url) {
        StringBuilder sb = new StringBuilder(url.length());
        for (byte b : url.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c <= 0x20 || c >= 0x7F || "\"<>\\^`{|}".indexOf(c) >= 0) {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            } else {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }

    /** A span to wrap: a link (its target, or null) and a comment (its text, or null). */
    private static final class Wrap {
        final int start;
        final int end;
        String url;
        boolean replace;
        String comment;

        Wrap(int start, int end) {
            this.start = start;
            this.end = end;
        }
    }

    /** Rewrites document.xml, counting text exactly as {@link DocxText} does. */
    private static final class Rewriter {
        private final List<Wrap> wraps = new ArrayList<>();
        private final Map<Integer, Annotator.ExistingLink> existingAt = new java.util.HashMap<>();
        final Map<String, String> relationships = new LinkedHashMap<>();
        final Map<Integer, String> commentTexts = new LinkedHashMap<>();
        int linksWritten;
        boolean strict;

        private final XMLEventFactory events = XMLEventFactory.newInstance();
        private String w = W;
        private String r = R;
        private String wPrefix = "w";
        private int pos;
        private int next; // index of the next wrap not yet opened
        private Wrap open; // the wrap opened and not yet closed
        private int openParent; // the element instance the open wrap was opened in
        private boolean openHyperlink;
        private final Deque<Integer> stack = new ArrayDeque<>(); // element instance ids
        private final Deque<String> names = new ArrayDeque<>();
        private int instances;
        private int blocked; // depth inside hyperlink, fldSimple, AlternateContent, txbxContent
        private int fieldDepth; // inside a complex field (fldChar begin .. end)
        private int commentId = FIRST_COMMENT_ID;

        Rewriter(List<Annotator.Link> links, List<Annotator.Mark> comments, List<Annotator.ExistingLink> existing) {
            Map<Long, Wrap> bySpan = new LinkedHashMap<>();
            for (Annotator.Link l : links) {
                Wrap wrap = bySpan.computeIfAbsent(((long) l.start() << 32) | l.end(), k -> new Wrap(l.start(), l.end()));
                wrap.url = l.url();
                wrap.replace = l.replace();
            }
            for (Annotator.Mark m : comments) {
                Wrap wrap = bySpan.computeIfAbsent(((long) m.start() << 32) | m.end(), k -> new Wrap(m.start(), m.end()));
                wrap.comment = wrap.comment == null ? m.message() : wrap.comment;
            }
            List<Wrap> sorted = new ArrayList<>(bySpan.values());
            sorted.sort(Comparator.<Wrap>comparingInt(x -> x.start).thenComparingInt(x -> x.end));
            int lastEnd = -1;
            for (Wrap x : sorted) {
                if (x.start >= lastEnd && x.end > x.start) {
                    wraps.add(x);
                    lastEnd = x.end;
                }
            }
            for (Annotator.ExistingLink e : existing) {
                existingAt.putIfAbsent(e.textStart(), e);
            }
        }

        void rewrite(InputStream in, ByteArrayOutputStream out, DraftBudget budget) throws XMLStreamException {
            XMLInputFactory f = XMLInputFactory.newInstance();
            f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            f.setProperty(XMLInputFactory.IS_COALESCING, true);
            XMLEventReader reader = f.createXMLEventReader(new java.io.FilterInputStream(in) {
                @Override
                public void close() {
                    // the parser closes its input at the end of the document; the zip stream goes on
                }
            });
            XMLEventWriter writer = XMLOutputFactory.newInstance().createXMLEventWriter(out, "UTF-8");
            int count = 0;
            while (reader.hasNext()) {
                XMLEvent e = reader.nextEvent();
                if ((++count & 0xFFF) == 0) {
                    budget.time();
                }
                if (e.isStartElement()) {
                    StartElement s = e.asStartElement();
                    if (stack.isEmpty()) {
                        strict = W_STRICT.equals(s.getName().getNamespaceURI());
                        w = strict ? W_STRICT : W;
                        r = strict ? R_STRICT : R;
                        wPrefix = s.getName().getPrefix().isEmpty() ? "w" : s.getName().getPrefix();
                    }
                    if (isW(s, "r") && blocked == 0) {
                        run(s, reader, writer);
                        continue;
                    }
                    beforeChild(writer);
                    if (isW(s, "hyperlink")) {
                        s = retarget(s);
                    }
                    writer.add(s);
                    stack.push(++instances);
                    names.push(s.getName().getLocalPart());
                    if (isW(s, "hyperlink") || isW(s, "fldSimple") || isW(s, "txbxContent")
                            || s.getName().getLocalPart().equals("AlternateContent")) {
                        blocked++;
                    }
                    count(s);
                } else if (e.isEndElement()) {
                    String local = e.asEndElement().getName().getLocalPart();
                    if (open != null && !stack.isEmpty() && stack.peek() == openParent) {
                        close(writer); // the wrap cannot outlive the element it was opened in
                    }
                    if (w.equals(e.asEndElement().getName().getNamespaceURI()) && local.equals("p")) {
                        pos++;
                    }
                    if ((local.equals("hyperlink") || local.equals("fldSimple") || local.equals("txbxContent")
                            || local.equals("AlternateContent")) && blocked > 0) {
                        blocked--;
                    }
                    stack.pop();
                    names.pop();
                    writer.add(e);
                } else if (e.isCharacters() && !names.isEmpty() && names.peek().equals("t")) {
                    pos += e.asCharacters().getData().length();
                    writer.add(e);
                } else {
                    writer.add(e);
                }
            }
            writer.flush();
        }

        private boolean isW(StartElement s, String local) {
            return w.equals(s.getName().getNamespaceURI()) && s.getName().getLocalPart().equals(local);
        }

        /** The text a start element outside a buffered run adds (tab, break, in a run we do not split). */
        private void count(StartElement s) {
            if (!w.equals(s.getName().getNamespaceURI())) {
                return;
            }
            switch (s.getName().getLocalPart()) {
                case "tab", "ptab", "br", "cr", "noBreakHyphen" -> pos++;
                case "fldChar" -> field(s);
                default -> {
                }
            }
        }

        private void field(StartElement s) {
            Attribute type = s.getAttributeByName(new QName(w, "fldCharType"));
            if (type != null && type.getValue().equals("begin")) {
                fieldDepth++;
            } else if (type != null && type.getValue().equals("end") && fieldDepth > 0) {
                fieldDepth--;
            }
        }

        /** An existing hyperlink around a reference asked to be replaced gets a relationship to the new target. */
        private StartElement retarget(StartElement s) {
            Annotator.ExistingLink e = existingAt.get(pos);
            if (e == null) {
                return s;
            }
            for (Wrap x : wraps) {
                if (x.replace && x.url != null && x.start >= e.textStart() && x.end <= e.textEnd()) {
                    String id = relationship(x.url);
                    List<Attribute> attrs = new ArrayList<>();
                    for (Iterator<Attribute> it = s.getAttributes(); it.hasNext(); ) {
                        Attribute a = it.next();
                        attrs.add(a.getName().getLocalPart().equals("id") && r.equals(a.getName().getNamespaceURI())
                                ? events.createAttribute(a.getName(), id) : a);
                    }
                    x.url = null; // linked through the existing hyperlink
                    linksWritten++;
                    return events.createStartElement(s.getName(), attrs.iterator(), s.getNamespaces());
                }
            }
            return s;
        }

        private String relationship(String url) {
            String id = "unsymbolLink" + (relationships.size() + 1);
            relationships.put(id, url);
            return id;
        }

        /** Before a child of the current element: closes the open wrap once its text is behind. */
        private void beforeChild(XMLEventWriter writer) throws XMLStreamException {
            if (open != null && pos >= open.end && !stack.isEmpty() && stack.peek() == openParent) {
                close(writer);
            }
        }

        /** A run: buffered, split where a wrap starts or ends inside it, wraps opened and closed around the parts. */
        private void run(StartElement start, XMLEventReader reader, XMLEventWriter writer) throws XMLStreamException {
            List<XMLEvent> rPr = new ArrayList<>();
            List<Object> items = new ArrayList<>(); // String (the text of a w:t, with its start element) or events
            List<StartElement> tStarts = new ArrayList<>();
            int depth = 0;
            boolean simple = true;
            List<XMLEvent> all = new ArrayList<>();
            List<XMLEvent> child = null;
            StringBuilder text = null;
            StartElement tStart = null;
            int length = 0;
            while (true) {
                XMLEvent e = reader.nextEvent();
                all.add(e);
                if (e.isStartElement()) {
                    depth++;
                    StartElement s = e.asStartElement();
                    if (depth == 1) {
                        if (isW(s, "t")) {
                            text = new StringBuilder();
                            tStart = s;
                            continue;
                        }
                        child = new ArrayList<>();
                    }
                    if (depth > 1 && isW(s, "t") || isW(s, "p") || isW(s, "fldChar") && depth > 1) {
                        simple = false; // text boxes and the like: copied whole
                    }
                    if (depth == 1 && w.equals(s.getName().getNamespaceURI())) {
                        switch (s.getName().getLocalPart()) {
                            case "tab", "ptab", "br", "cr", "noBreakHyphen" -> length++;
                            case "fldChar" -> field(s);
                            default -> {
                            }
                        }
                    }
                    child.add(e);
                } else if (e.isEndElement()) {
                    if (depth == 0) {
                        break; // the run's own end
                    }
                    depth--;
                    if (depth == 0 && text != null) {
                        items.add(text.toString());
                        tStarts.add(tStart);
                        length += text.length();
                        text = null;
                        continue;
                    }
                    child.add(e);
                    if (depth == 0) {
                        if (child.get(0).asStartElement().getName().getLocalPart().equals("rPr") && items.isEmpty()
                                && rPr.isEmpty()) {
                            rPr.addAll(child);
                        } else {
                            items.add(child);
                        }
                        child = null;
                    }
                } else if (text != null && e.isCharacters()) {
                    text.append(e.asCharacters().getData());
                } else if (child != null) {
                    child.add(e);
                } else if (depth > 0 && !e.isCharacters()) {
                    simple = false;
                }
            }
            XMLEvent end = all.get(all.size() - 1);
            beforeChild(writer);
            int from = pos;
            if (!simple) {
                writer.add(start);
                for (XMLEvent e : all) {
                    writer.add(e);
                }
                pos = from + countText(all); // a text box's own paragraphs counted as DocxText counts them
                return;
            }
            // cut points: where a wrap starts or ends strictly inside the run
            List<Integer> cuts = new ArrayList<>();
            for (int i = next; i < wraps.size() && wraps.get(i).start < from + length; i++) {
                Wrap x = wraps.get(i);
                if (x.start > from && x.start < from + length) {
                    cuts.add(x.start);
                }
                if (x.end > from && x.end < from + length) {
                    cuts.add(x.end);
                }
            }
            if (open != null && open.end > from && open.end < from + length && !cuts.contains(open.end)) {
                cuts.add(open.end);
            }
            cuts = new ArrayList<>(new java.util.TreeSet<>(cuts));
            int at = from;
            int item = 0;
            int offsetInItem = 0;
            for (int piece = 0; piece <= cuts.size(); piece++) {
                int pieceEnd = piece < cuts.size() ? cuts.get(piece) : from + length;
                pos = at;
                if (open != null && at >= open.end && stack.peek() == openParent) {
                    close(writer);
                }
                openAt(at, writer);
                writer.add(start);
                for (XMLEvent e : rPr) {
                    writer.add(e);
                }
                // the items of [at, pieceEnd)
                int cursor = at;
                while (item < items.size() && (cursor < pieceEnd || lengthOf(items.get(item)) == 0)) {
                    Object it = items.get(item);
                    if (it instanceof String s) {
                        int take = Math.min(s.length() - offsetInItem, pieceEnd - cursor);
                        StartElement ts = tStarts.get(tIndex(items, item));
                        writer.add(piece > 0 || cuts.size() > 0 ? preserve(ts) : ts);
                        writer.add(events.createCharacters(s.substring(offsetInItem, offsetInItem + take)));
                        writer.add(events.createEndElement(ts.getName(), null));
                        cursor += take;
                        offsetInItem += take;
                        if (offsetInItem >= s.length()) {
                            item++;
                            offsetInItem = 0;
                        } else {
                            break;
                        }
                    } else {
                        @SuppressWarnings("unchecked") List<XMLEvent> evs = (List<XMLEvent>) it;
                        if (lengthOf(it) > 0 && cursor >= pieceEnd) {
                            break;
                        }
                        for (XMLEvent e : evs) {
                            writer.add(e);
                        }
                        cursor += lengthOf(it);
                        item++;
                    }
                    if (cursor >= pieceEnd && piece < cuts.size()) {
                        break;
                    }
                }
                writer.add(end);
                at = pieceEnd;
                pos = at;
                if (open != null && pos >= open.end && stack.peek() == openParent) {
                    close(writer);
                }
            }
            pos = from + length;
        }

        private static int tIndex(List<Object> items, int item) {
            int n = 0;
            for (int i = 0; i < item; i++) {
                if (items.get(i) instanceof String) {
                    n++;
                }
            }
            return n;
        }

        /** Text length an item adds: a w:t its characters, a tab or break one, anything else none. */
        private int lengthOf(Object item) {
            if (item instanceof String s) {
                return s.length();
            }
            @SuppressWarnings("unchecked") List<XMLEvent> evs = (List<XMLEvent>) item;
            StartElement s = evs.get(0).asStartElement();
            if (!w.equals(s.getName().getNamespaceURI())) {
                return 0;
            }
            return switch (s.getName().getLocalPart()) {
                case "tab", "ptab", "br", "cr", "noBreakHyphen" -> 1;
                default -> 0;
            };
        }

        /** The text DocxText counts in a run copied whole. */
        private int countText(List<XMLEvent> all) {
            int n = 0;
            int inT = 0;
            for (XMLEvent e : all) {
                if (e.isStartElement() && w.equals(e.asStartElement().getName().getNamespaceURI())) {
                    switch (e.asStartElement().getName().getLocalPart()) {
                        case "t" -> inT++;
                        case "tab", "ptab", "br", "cr", "noBreakHyphen" -> n++; // fields: counted while buffering
                        default -> {
                        }
                    }
                } else if (e.isEndElement() && w.equals(e.asEndElement().getName().getNamespaceURI())) {
                    String l = e.asEndElement().getName().getLocalPart();
                    if (l.equals("t")) {
                        inT--;
                    } else if (l.equals("p")) {
                        n++;
                    }
                } else if (e.isCharacters() && inT > 0) {
                    n += e.asCharacters().getData().length();
                }
            }
            return n;
        }

        /** A w:t that keeps its spaces once split. */
        private StartElement preserve(StartElement t) {
            QName space = new QName("http://www.w3.org/XML/1998/namespace", "space", "xml");
            if (t.getAttributeByName(space) != null) {
                return t;
            }
            List<Attribute> attrs = new ArrayList<>();
            for (Iterator<Attribute> it = t.getAttributes(); it.hasNext(); ) {
                attrs.add(it.next());
            }
            attrs.add(events.createAttribute(space, "preserve"));
            return events.createStartElement(t.getName(), attrs.iterator(), t.getNamespaces());
        }

        /** Opens the wrap that starts at {@code at}, where Word allows one; skips the wraps already behind. */
        private void openAt(int at, XMLEventWriter writer) throws XMLStreamException {
            while (next < wraps.size() && wraps.get(next).start < at) {
                next++; // started where it could not be opened
            }
            if (open != null || next >= wraps.size() || wraps.get(next).start != at || blocked > 0 || fieldDepth > 0
                    || stack.isEmpty()) {
                return;
            }
            Wrap x = wraps.get(next++);
            open = x;
            openParent = stack.peek();
            if (x.comment != null) {
                int id = commentId++;
                commentTexts.put(id, x.comment);
                x.comment = Integer.toString(id);
                writer.add(events.createStartElement(wPrefix, w, "commentRangeStart",
                        List.of(events.createAttribute(wPrefix, w, "id", x.comment)).iterator(), null));
                writer.add(events.createEndElement(wPrefix, w, "commentRangeStart"));
            }
            openHyperlink = x.url != null;
            if (openHyperlink) {
                String id = relationship(x.url);
                List<Namespace> ns = List.of(events.createNamespace("r", r));
                writer.add(events.createStartElement(wPrefix, w, "hyperlink", List.of(
                        events.createAttribute("r", r, "id", id),
                        events.createAttribute(wPrefix, w, "history", "1")).iterator(), ns.iterator()));
                linksWritten++;
            }
        }

        private void close(XMLEventWriter writer) throws XMLStreamException {
            if (open == null) {
                return;
            }
            if (openHyperlink) {
                writer.add(events.createEndElement(wPrefix, w, "hyperlink"));
            }
            if (open.comment != null) {
                writer.add(events.createStartElement(wPrefix, w, "commentRangeEnd",
                        List.of(events.createAttribute(wPrefix, w, "id", open.comment)).iterator(), null));
                writer.add(events.createEndElement(wPrefix, w, "commentRangeEnd"));
                writer.add(events.createStartElement(wPrefix, w, "r", null, null));
                writer.add(events.createStartElement(wPrefix, w, "commentReference",
                        List.of(events.createAttribute(wPrefix, w, "id", open.comment)).iterator(), null));
                writer.add(events.createEndElement(wPrefix, w, "commentReference"));
                writer.add(events.createEndElement(wPrefix, w, "r"));
            }
            open = null;
            openHyperlink = false;
        }
    }
}
