package org.unsymbol.harvest;

import org.jboss.logging.Logger;
import org.unsymbol.symbol.SymbolParser;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Asks an OAI-PMH repository for ListRecords pages, politely: at most {@code rate} requests a second, a User-Agent
 * that names the service, {@code Retry-After} honoured on 503 and 429 (OAI-PMH's own flow control), exponential
 * backoff on other transient failures, and a bound on retries after which the harvest fails with the reason.
 * Plain {@link HttpClient}; one client per running harvest.
 */
final class OaiClient {

    private static final Logger LOG = Logger.getLogger(OaiClient.class);
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "harvest-response-watchdog");
        t.setDaemon(true);
        return t;
    });

    /** Sleeps; tests and the service both really sleep, the seam only lets a stop interrupt it. */
    interface Pause {
        void sleep(Duration d) throws InterruptedException;
    }

    private final HttpClient http;
    private final String baseUrl;
    private final String userAgent;
    private final HarvestConfig config;
    private final Pause pause;
    private final SymbolParser parser;
    private long lastRequestNanos;
    private int requests;
    private int retries;

    OaiClient(HarvestConfig config, String baseUrl, String userAgent, Pause pause, SymbolParser parser) {
        this.config = config;
        this.parser = parser;
        this.baseUrl = baseUrl;
        this.userAgent = userAgent;
        this.pause = pause;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** The first request of a harvest: its prefix and selective-harvest arguments. */
    URI first(String metadataPrefix, String from, String until, String set) {
        Map<String, String> args = new LinkedHashMap<>();
        args.put("verb", "ListRecords");
        args.put("metadataPrefix", metadataPrefix);
        if (from != null) {
            args.put("from", from);
        }
        if (until != null) {
            args.put("until", until);
        }
        if (set != null) {
            args.put("set", set);
        }
        return uri(args);
    }

    /** A later request: the resumption token is its only argument besides the verb (OAI-PMH 3.5). */
    URI next(String resumptionToken) {
        Map<String, String> args = new LinkedHashMap<>();
        args.put("verb", "ListRecords");
        args.put("resumptionToken", resumptionToken);
        return uri(args);
    }

    private URI uri(Map<String, String> args) {
        StringJoiner query = new StringJoiner("&");
        args.forEach((k, v) -> query.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return URI.create(baseUrl + (baseUrl.contains("?") ? "&" : "?") + query);
    }

    int requests() {
        return requests;
    }

    int retries() {
        return retries;
    }

    /** The page at {@code uri}, after as many polite retries as allowed; an OAI error comes back inside the page. */
    OaiPage fetch(URI uri) throws HarvestFailure, InterruptedException {
        Duration backoff = config.backoff();
        String last = null;
        for (int attempt = 0; attempt <= config.maxRetries(); attempt++) {
            if (attempt > 0) {
                retries++;
            }
            throttle();
            Duration wait;
            try {
                Attempt result = attempt(uri);
                if (result.page != null) {
                    return result.page;
                }
                if (result.fatal != null) {
                    throw new HarvestFailure(result.fatal);
                }
                last = result.retryReason;
                wait = result.retryAfter != null ? result.retryAfter : backoff;
            } catch (IOException | XMLStreamException e) {
                last = "the response could not be read (" + message(e) + ")";
                wait = backoff;
            }
            if (attempt == config.maxRetries()) {
                break;
            }
            wait = min(wait, config.maxBackoff());
            LOG.infof("harvest request %s: %s; retry %d of %d in %d ms", uri, last, attempt + 1, config.maxRetries(),
                    wait.toMillis());
            pause.sleep(wait);
            backoff = min(backoff.multipliedBy(2), config.maxBackoff());
        }
        throw new HarvestFailure("Gave up after " + (config.maxRetries() + 1) + " tries of " + redact(uri) + ": "
                + last + ".");
    }

    private record Attempt(OaiPage page, String retryReason, Duration retryAfter, String fatal) {
    }

    private Attempt attempt(URI uri) throws IOException, XMLStreamException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(config.responseTimeout())
                .header("User-Agent", userAgent).header("Accept", "text/xml, application/xml").GET().build();
        requests++;
        long deadline = System.nanoTime() + config.responseTimeout().toNanos();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        int status = response.statusCode();
        try (InputStream body = response.body()) {
            if (status == 200) {
                ScheduledFuture<?> cut = WATCHDOG.schedule(() -> closeQuietly(body),
                        Math.max(1, (deadline - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
                try {
                    return new Attempt(OaiPageReader.read(new BudgetedInputStream(body,
                            config.maxResponseSize().asLongValue(), deadline), parser), null, null, null);
                } finally {
                    cut.cancel(false);
                }
            }
            if (status == 503 || status == 429) {
                Duration after = retryAfter(response.headers().firstValue("Retry-After").orElse(null));
                return new Attempt(null, "HTTP " + status + (after == null ? "" : " with Retry-After "
                        + after.toSeconds() + " s"), after, null);
            }
            if (status >= 500 || status == 408) {
                return new Attempt(null, "HTTP " + status, null, null);
            }
            return new Attempt(null, null, null, "The repository answered HTTP " + status + " to " + redact(uri)
                    + "; a harvest does not retry that.");
        }
    }

    /** Retry-After as delta-seconds or an HTTP date (RFC 9110 10.2.3); null when absent or unreadable. */
    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException e) {
            try {
                Duration d = Duration.between(ZonedDateTime.now(),
                        ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** Waits so that two request starts are at least 1/rate apart. */
    private void throttle() throws InterruptedException {
        if (config.rate() <= 0) {
            return;
        }
        long interval = (long) (1_000_000_000L / config.rate());
        long now = System.nanoTime();
        long due = lastRequestNanos + interval;
        if (lastRequestNanos != 0 && due - now > 0) {
            pause.sleep(Duration.ofNanos(due - now));
        }
        lastRequestNanos = System.nanoTime();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String message(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.replaceAll("\\s+", " ");
    }

    /** The URI as a reason may quote it: without its query (a resumption token is opaque and may be long). */
    private static String redact(URI uri) {
        String s = uri.toString();
        int q = s.indexOf('?');
        return q < 0 ? s : s.substring(0, q) + "?" + (s.contains("resumptionToken=") ? "verb=ListRecords&resumptionToken=…"
                : s.substring(q + 1));
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            LOG.debugf("closing a response at its deadline: %s", e.getMessage());
        }
    }
}
