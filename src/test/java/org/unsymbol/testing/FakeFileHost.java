package org.unsymbol.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A file host on loopback, standing in for ODS and the Digital Library's file server in the link-health tests. Fixed
 * paths answer each case a check must tell apart; {@code /ods?s=...&l=...&t=...} answers as ODS does: a file only for
 * what {@link #serve} registered, and for anything else <b>HTTP 200 with a small HTML page</b> saying the document was
 * not found (ODS's way of answering a missing file). {@code /api/symbol/access?s=...&l=...&t=...} answers in the shape
 * of ODS's real endpoint of that name: HTTP 200, text/plain, {@code Found. Redirecting to <target>}, the target being
 * the registered file's job-number path under {@code /doc/UNDOC/} (served from this host) or, for anything else, ODS's
 * error page {@code https://documents.un.org/error} (see LinkProbeTest for the source). Every request is logged with
 * its time, for rate-limit checks. The files are real: a PDF written by PDFBox, a .docx written by POI, an OLE2
 * compound file (the container of a Word .doc) written by POI.
 */
public final class FakeFileHost implements AutoCloseable {

    public record Request(String pathAndQuery, long nanos, String range, String userAgent) {
    }

    public static final byte[] PDF = pdf();
    public static final byte[] DOCX = docx();
    public static final byte[] OLE2 = ole2();
    public static final String NOT_FOUND_PAGE = "<!DOCTYPE html><html><head><title>Official Document System</title>"
            + "</head><body><p>Document Not Found</p></body></html>";
    public static final String OTHER_PAGE = "<html><body><noscript>Please enable JavaScript to continue."
            + "</noscript></body></html>";

    private final HttpServer server;
    private final Map<String, byte[]> ods = new ConcurrentHashMap<>();
    private final Map<String, byte[]> odsFiles = new ConcurrentHashMap<>();
    public final List<Request> requests = new CopyOnWriteArrayList<>();

    private static FakeFileHost shared;

    /** One host for the whole run (a test profile's configuration names its port). */
    public static synchronized FakeFileHost shared() {
        if (shared == null) {
            shared = new FakeFileHost();
        }
        return shared;
    }

    public FakeFileHost() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-file-host");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:port} + path. */
    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    /** The ODS-like template of this host, for {@code unsymbol.links.ods-pdf} / {@code -doc}. */
    public String odsTemplate(String type) {
        return url("/ods?s={odsSymbol}&l={lang}&t=" + type);
    }

    /** Makes {@code /ods?s=symbol&l=lang&t=type} answer with this file. */
    public void serve(String odsSymbol, String lang, String type, byte[] file) {
        ods.put(odsSymbol + "|" + lang + "|" + type, file);
        odsFiles.put(odsPath(odsSymbol + "|" + lang + "|" + type), file);
    }

    /** Where ODS keeps a file, as its job-number path ({@code /doc/UNDOC/GEN/N25/246/52/PDF/N2524652.PDF}). */
    private static String odsPath(String key) {
        String job = String.format("%07d", Math.floorMod(key.hashCode(), 10_000_000));
        return "/doc/UNDOC/GEN/N" + job.substring(0, 2) + "/" + job.substring(2, 5) + "/" + job.substring(5)
                + "/PDF/N" + job + ".PDF";
    }

    /** Makes {@code /ods?s=symbol&l=lang&t=type} answer after 8 s: longer than any check may wait. */
    public void serveSlowly(String odsSymbol, String lang, String type) {
        ods.put(odsSymbol + "|" + lang + "|" + type, SLOW);
    }

    private static final byte[] SLOW = new byte[0];

    public List<Request> requestsTo(String pathPrefix) {
        return requests.stream().filter(r -> r.pathAndQuery().startsWith(pathPrefix)).toList();
    }

    private void handle(HttpExchange x) throws IOException {
        String raw = x.getRequestURI().getRawPath()
                + (x.getRequestURI().getRawQuery() == null ? "" : "?" + x.getRequestURI().getRawQuery());
        requests.add(new Request(raw, System.nanoTime(), x.getRequestHeaders().getFirst("Range"),
                x.getRequestHeaders().getFirst("User-Agent")));
        String path = x.getRequestURI().getPath();
        try (x) {
            switch (path) {
                case "/files/report.pdf" -> file(x, PDF, "application/pdf");
                case "/files/report.docx" -> file(x, DOCX,
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
                case "/files/report.doc" -> file(x, OLE2, "application/msword");
                case "/files/not-found-page" -> text(x, 200, NOT_FOUND_PAGE, "text/html; charset=utf-8");
                case "/files/other-page" -> text(x, 200, OTHER_PAGE, "text/html; charset=utf-8");
                case "/files/gone" -> text(x, 404, "Not Found", "text/plain");
                case "/files/unavailable" -> text(x, 503, "Service Unavailable", "text/plain");
                case "/files/slow" -> {
                    sleep(8_000); // longer than any check timeout of the tests
                    file(x, PDF, "application/pdf");
                }
                case "/files/to-elsewhere" -> redirect(x, "http://evil.example/report.pdf");
                case "/files/to-localhost" -> redirect(x, "http://localhost:" + port() + "/files/report.pdf");
                case "/files/to-report" -> redirect(x, "/files/report.pdf");
                case "/files/loop" -> redirect(x, "/files/loop");
                case "/ods" -> {
                    Map<String, String> q = query(x.getRequestURI().getQuery());
                    byte[] f = ods.get(q.get("s") + "|" + q.get("l") + "|" + q.get("t"));
                    if (f == SLOW) {
                        sleep(8_000);
                        file(x, PDF, "application/pdf");
                    } else if (f != null) {
                        file(x, f, "application/octet-stream");
                    } else {
                        text(x, 200, NOT_FOUND_PAGE, "text/html; charset=utf-8");
                    }
                }
                case "/api/symbol/access" -> {
                    // ODS's shape: 200 text/plain "Found. Redirecting to <target>", the file's path or the error page
                    Map<String, String> q = query(x.getRequestURI().getQuery());
                    String key = q.get("s") + "|" + q.get("l") + "|" + q.get("t");
                    text(x, 200, "Found. Redirecting to " + (ods.containsKey(key) ? odsPath(key)
                            : "https://documents.un.org/error"), "text/plain; charset=utf-8");
                }
                default -> {
                    byte[] f = path.startsWith("/doc/UNDOC/") ? odsFiles.get(path) : null;
                    if (f != null) {
                        file(x, f, "application/pdf");
                    } else {
                        text(x, 404, "Not Found", "text/plain");
                    }
                }
            }
        } catch (IOException e) {
            // the client went away (a check that read its first bytes and closed): nothing to do
        }
    }

    private static Map<String, String> query(String q) {
        Map<String, String> out = new java.util.HashMap<>();
        if (q != null) {
            for (String pair : q.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    out.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        return out;
    }

    /** A file, honouring {@code Range: bytes=a-b} with a 206 as a real file server does. */
    private static void file(HttpExchange x, byte[] body, String type) throws IOException {
        String range = x.getRequestHeaders().getFirst("Range");
        x.getResponseHeaders().set("Content-Type", type);
        x.getResponseHeaders().set("Accept-Ranges", "bytes");
        if (range != null && range.startsWith("bytes=0-")) {
            int last = Math.min(body.length - 1, Integer.parseInt(range.substring("bytes=0-".length()).trim()));
            x.getResponseHeaders().set("Content-Range", "bytes 0-" + last + "/" + body.length);
            x.sendResponseHeaders(206, last + 1);
            try (OutputStream out = x.getResponseBody()) {
                out.write(body, 0, last + 1);
            }
            return;
        }
        x.sendResponseHeaders(200, body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        }
    }

    private static void text(HttpExchange x, int status, String body, String type) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(status, b.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(b);
        }
    }

    private static void redirect(HttpExchange x, String location) throws IOException {
        x.getResponseHeaders().set("Location", location);
        x.sendResponseHeaders(302, -1);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static byte[] pdf() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                s.newLineAtOffset(72, 720);
                s.showText("A/78/265 - Report of the Secretary-General");
                s.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] docx() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("A/78/265 - Report of the Secretary-General");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] ole2() {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream("A/78/265".getBytes(StandardCharsets.US_ASCII)),
                    "WordDocument");
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
