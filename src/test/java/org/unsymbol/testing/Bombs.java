package org.unsymbol.testing;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hostile drafts, built on the spot (nothing of this size is committed): a PDF whose one compressed content stream
 * holds millions of text operators, a Word document whose document.xml inflates to ~100 MB at a ratio that POI's
 * zip-bomb check lets through, and a PDF with a plain Flate bomb. Used by the tests and, through {@link #main}, by
 * scripts/reliability/10-bombs.sh:
 * <pre>
 * java -cp target/test-classes:$(cat target/bombs.classpath) org.unsymbol.testing.Bombs DIR
 * </pre>
 * where {@code target/bombs.classpath} comes from {@code ./mvnw -q dependency:build-classpath
 * -Dmdep.outputFile=target/bombs.classpath} (PDFBox is the only library the builders need).
 */
public final class Bombs {

    private Bombs() {
    }

    /**
     * A one-page PDF whose content stream (FlateDecode) is {@code operators} {@code Tj} text operators in one text
     * object: ~7 bytes each before compression, a few KB after. 2,000,000 of them took 1.6 GB and more to extract.
     */
    public static byte[] pdfTextOperators(int operators) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            page.setResources(resources);
            byte[] head = "BT /F1 12 Tf 72 700 Td\n".getBytes(StandardCharsets.US_ASCII);
            byte[] op = "(A) Tj\n".getBytes(StandardCharsets.US_ASCII);
            byte[] tail = "ET\n".getBytes(StandardCharsets.US_ASCII);
            PDStream contents = new PDStream(doc, repeated(head, op, operators, tail), COSName.FLATE_DECODE);
            page.setContents(contents);
            doc.addPage(page);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page PDF whose content stream is {@code inflatedBytes} of spaces, Flate-compressed (~1000:1). */
    public static byte[] pdfFlateBomb(long inflatedBytes) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            byte[] spaces = new byte[64 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            page.setContents(new PDStream(doc, repeated(new byte[0], spaces, inflatedBytes / spaces.length,
                    new byte[0]), COSName.FLATE_DECODE));
            doc.addPage(page);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A valid .docx whose word/document.xml is about {@code xmlBytes} of one-run paragraphs, each holding two random
     * digits: the markup repeats, the digits do not, so it deflates to ~1/35 (2.7 MB for 95 MB), above the 1/100
     * ratio under which POI calls a zip a bomb. Each paragraph is 3 characters of text.
     */
    public static byte[] docxHugeDocumentXml(long xmlBytes) {
        return docx(xmlBytes, true);
    }

    /** The same shape, but every "paragraph" is markup without text: it stops at the inflation budget instead. */
    public static byte[] docxHugeMarkup(long xmlBytes) {
        return docx(xmlBytes, false);
    }

    private static byte[] docx(long xmlBytes, boolean text) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);
            put(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/word/document.xml" \
                    ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
                    </Types>""");
            put(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/\
                    officeDocument" Target="word/document.xml"/></Relationships>""");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\""
                    + "http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>")
                    .getBytes(StandardCharsets.UTF_8));
            Random random = new Random(42);
            byte[] p = (text ? "<w:p><w:r><w:t>00</w:t></w:r></w:p>" : "<w:proofErr w:type=\"00\"/>")
                    .getBytes(StandardCharsets.US_ASCII);
            byte[] chunk = new byte[p.length * 1024];
            for (long written = 0; written < xmlBytes; written += chunk.length) {
                for (int i = 0; i < 1024; i++) {
                    System.arraycopy(p, 0, chunk, i * p.length, p.length);
                    chunk[i * p.length + (text ? 15 : 20)] = (byte) ('0' + random.nextInt(10));
                    chunk[i * p.length + (text ? 16 : 21)] = (byte) ('0' + random.nextInt(10));
                }
                zip.write(chunk);
            }
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** head, then {@code count} times unit, then tail, generated as it is read. */
    private static InputStream repeated(byte[] head, byte[] unit, long count, byte[] tail) {
        return new InputStream() {
            private long done = -1; // -1: in the head
            private int pos;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = 0;
                while (n < len) {
                    byte[] current = done < 0 ? head : done < count ? unit : tail;
                    if (done > count) {
                        break;
                    }
                    if (pos == current.length) {
                        done++;
                        pos = 0;
                        continue;
                    }
                    int k = Math.min(len - n, current.length - pos);
                    System.arraycopy(current, pos, b, off + n, k);
                    pos += k;
                    n += k;
                }
                return n == 0 ? -1 : n;
            }
        };
    }

    /** Writes the bombs the reliability script posts into {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bombs");
        Files.createDirectories(dir);
        write(dir.resolve("pdf-2m-text-operators.pdf"), pdfTextOperators(2_000_000));
        write(dir.resolve("pdf-flate-1g.pdf"), pdfFlateBomb(1L << 30));
        write(dir.resolve("docx-95m-document-xml.docx"), docxHugeDocumentXml(95L << 20));
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bytes);
        }
        System.out.println(file + " " + bytes.length + " bytes");
    }
}
