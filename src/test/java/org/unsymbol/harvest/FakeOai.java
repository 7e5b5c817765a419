package org.unsymbol.harvest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OAI-PMH 2.0 repository of MARCXML records, as the Digital Library's {@code oai2d} answers ListRecords: pages
 * of {@code pageSize} records in datestamp order, a resumption token with {@code completeListSize} and
 * {@code cursor}, an empty token on the last page, {@code noRecordsMatch} for an empty selection, {@code from} and
 * {@code until} inclusive, {@code set} by setSpec. Faults are scripted per page.
 */
final class FakeOai implements HttpHandler {

    private static final AtomicInteger NUMBER = new AtomicInteger(5000);
    private static final AtomicInteger SECOND = new AtomicInteger();

    /** One record of the repository. */
    record Rec(String identifier, String datestamp, boolean deleted, String marc, String set) {
    }

    /** A request as the fake saw it. */
    record Seen(String query, String userAgent, long nanos, int page) {
    }

    final List<Rec> records = new CopyOnWriteArrayList<>();
    final List<Seen> seen = new CopyOnWriteArrayList<>();
    final int pageSize;
    /** Page (from 1) → how many times it answers 503 with Retry-After before it answers. */
    final Map<Integer, AtomicInteger> unavailable = new HashMap<>();
    volatile int retryAfterSeconds = 1;
    /** From this page (from 1) on, every request answers 500; 0: never. */
    volatile int brokenFrom;
    volatile long delayMillis;

    FakeOai(int pageSize) {
        this.pageSize = pageSize;
    }

    static String resource(String name) {
        try (InputStream in = FakeOai.class.getResourceAsStream("/harvest/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new resolution number (A/RES/80/n) for copies of the real records, unique in the run. */
    static int nextNumber() {
        return NUMBER.incrementAndGet();
    }

    /** Datestamps that grow through the run, one second apart: every harvest sees later ones than the last. */
    static String nextDatestamp() {
        int s = SECOND.incrementAndGet();
        return String.format("2031-01-%02dT%02d:%02d:%02dZ", 1 + s / 86400, s / 3600 % 24, s / 60 % 60, s % 60);
    }

    /** A copy of the real record of A/RES/80/142 (or /100, alternately) as resolution {@code number}. */
    static String bibliographic(int number) {
        String template = number % 2 == 0 ? resource("a-res-80-142.xml") : resource("a-res-80-100.xml");
        return template.replace("A/RES/80/142", "A/RES/80/" + number).replace("A/RES/80/100", "A/RES/80/" + number);
    }

    static String symbol(int number) {
        return "A/RES/80/" + number;
    }

    /** Adds a record with the next datestamp; its identifier is the Digital Library's form. */
    Rec add(int number, String marc) {
        Rec r = new Rec("oai:digitallibrary.un.org:" + (9_000_000 + number), nextDatestamp(), false, marc, "test");
        records.add(r);
        return r;
    }

    /** The record with that identifier again, later, with new metadata or as deleted. */
    Rec change(Rec old, String marc, boolean deleted) {
        records.remove(old);
        Rec r = new Rec(old.identifier(), nextDatestamp(), deleted, deleted ? null : marc, old.set());
        records.add(r);
        return r;
    }

    int pagesServed() {
        return (int) seen.stream().map(Seen::page).distinct().count();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> q = query(exchange.getRequestURI().getRawQuery());
            String token = q.get("resumptionToken");
            int offset = 0;
            String from = q.get("from");
            String until = q.get("until");
            String set = q.get("set");
            if (token != null) {
                String[] parts = token.split("\\|", -1);
                offset = Integer.parseInt(parts[0]);
                from = parts[1].isEmpty() ? null : parts[1];
                until = parts[2].isEmpty() ? null : parts[2];
                set = parts[3].isEmpty() ? null : parts[3];
            }
            int page = offset / pageSize + 1;
            seen.add(new Seen(exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders()
                    .getFirst("User-Agent"), System.nanoTime(), page));
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
            if (brokenFrom > 0 && page >= brokenFrom) {
                send(exchange, 500, "text/plain", "broken");
                return;
            }
            AtomicInteger busy = unavailable.get(page);
            if (busy != null && busy.getAndDecrement() > 0) {
                exchange.getResponseHeaders().add("Retry-After", String.valueOf(retryAfterSeconds));
                send(exchange, 503, "text/plain", "busy");
                return;
            }
            String f = from;
            String u = until;
            String s = set;
            List<Rec> selected = new ArrayList<>(records.stream()
                    .filter(r -> f == null || r.datestamp().compareTo(f) >= 0)
                    .filter(r -> u == null || r.datestamp().compareTo(u) <= 0)
                    .filter(r -> s == null || s.equals(r.set())).toList());
            Collections.sort(selected, (a, b) -> a.datestamp().compareTo(b.datestamp()));
            send(exchange, 200, "text/xml; charset=utf-8", page(selected, offset, f, u, s));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String page(List<Rec> selected, int offset, String from, String until, String set) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
                xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/ http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd">
                <responseDate>2031-06-01T00:00:00Z</responseDate>
                <request verb="ListRecords" metadataPrefix="marcxml">https://digitallibrary.un.org/oai2d</request>
                """);
        if (selected.isEmpty()) {
            xml.append("<error code=\"noRecordsMatch\">No matching records.</error>\n</OAI-PMH>\n");
            return xml.toString();
        }
        xml.append("<ListRecords>\n");
        int end = Math.min(selected.size(), offset + pageSize);
        for (Rec r : selected.subList(offset, end)) {
            xml.append("<record><header").append(r.deleted() ? " status=\"deleted\"" : "").append(">")
                    .append("<identifier>").append(r.identifier()).append("</identifier>")
                    .append("<datestamp>").append(r.datestamp()).append("</datestamp>")
                    .append("<setSpec>").append(r.set()).append("</setSpec></header>");
            if (!r.deleted()) {
                xml.append("<metadata>").append(r.marc()).append("</metadata>");
            }
            xml.append("</record>\n");
        }
        String next = end < selected.size() ? end + "|" + nz(from) + "|" + nz(until) + "|" + nz(set) : "";
        xml.append("<resumptionToken completeListSize=\"").append(selected.size()).append("\" cursor=\"")
                .append(offset).append("\">").append(next).append("</resumptionToken>\n</ListRecords>\n</OAI-PMH>\n");
        return xml.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    q.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return q;
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

}
