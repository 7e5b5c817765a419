package org.unsymbol.linkhealth;

import org.unsymbol.links.LinkState.Status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Checks one URL the way a reader's browser would meet it, cheaply: a GET of the first bytes ({@code Range:
 * bytes=0-4095}; a server that ignores the range is cut off after them), redirects followed by hand and only to the
 * allowed hosts (one off them is refused and recorded, never fetched), the whole check bounded by one timeout (headers
 * and bytes alike, so a server that never answers costs exactly that). What came back is judged by its bytes, not its
 * {@code Content-Type}: {@code %PDF-} is a PDF, {@code PK\3\4} a Word docx (a zip), {@code D0 CF 11 E0} a Word doc;
 * a 404/410, an HTML page with a "not found" text where a file should be (ODS answers a missing file with 200 and
 * a small HTML page), or a redirect to one of the configured "not found" pages (ODS's {@code /error}) is MISSING. ODS's
 * {@code api/symbol/access} redirects in the body of a 200 ({@code Found. Redirecting to <target>}): that is followed
 * like an HTTP redirect, under the same rules. Anything else (a timeout, a 5xx, a 429, another HTML page, other
 * bytes) is FAILING: not known either way.
 */
public final class LinkProbe {

    /** What one check found. */
    public record Outcome(Status status, Integer httpStatus, String contentKind, String detail, String finalUrl) {
    }

    static final int HEAD_BYTES = 4096;
    private static final byte[] PSEUDO_REDIRECT = "Found. Redirecting to ".getBytes(StandardCharsets.US_ASCII);

    private final HttpClient client;
    private final Set<String> allowedHosts;
    private final Duration timeout;
    private final int maxRedirects;
    private final String userAgent;
    private final List<String> notFoundMarkers;
    private final List<String> notFoundRedirects;

    public LinkProbe(Set<String> allowedHosts, Duration timeout, int maxRedirects, String userAgent,
                     List<String> notFoundMarkers, List<String> notFoundRedirects) {
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build();
        this.allowedHosts = allowedHosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty()).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.timeout = timeout;
        this.maxRedirects = maxRedirects;
        this.userAgent = userAgent;
        this.notFoundMarkers = notFoundMarkers.stream().map(m -> m.toLowerCase(Locale.ROOT)).toList();
        this.notFoundRedirects = notFoundRedirects.stream().map(String::strip).filter(u -> !u.isEmpty()).toList();
    }

    /** The host of an http(s) URL, lower case, or null when it has none or is not http(s). */
    public static String hostOf(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || uri.getHost() == null) {
                return null;
            }
            return uri.getHost().toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    boolean allowed(String host) {
        return host != null && allowedHosts.stream().anyMatch(a -> host.equals(a) || host.endsWith("." + a));
    }

    /** Checks a URL; never throws. */
    public Outcome probe(String url) {
        return probe(url, host -> { });
    }

    /**
     * The same, calling {@code beforeRequest} with the host before each request, the redirects' too (a redirect within
     * a host is another request to it: the caller's per-host pace applies to it as well).
     */
    public Outcome probe(String url, java.util.function.Consumer<String> beforeRequest) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String current = url;
        for (int hop = 0; hop <= maxRedirects; hop++) {
            String host = hostOf(current);
            if (!allowed(host)) {
                return new Outcome(Status.REFUSED, null, null, hop == 0
                        ? "host " + (host == null ? "(none)" : host) + " is not an allowed host"
                        : "redirect to " + (host == null ? current : host) + " refused: not an allowed host",
                        current);
            }
            beforeRequest.accept(host);
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return timedOut(current);
            }
            HttpResponse<byte[]> r;
            try {
                r = fetch(current, left);
            } catch (TimeoutException e) {
                return timedOut(current);
            } catch (ConnectException e) {
                return new Outcome(Status.FAILING, null, null, "connection failed", current);
            } catch (IOException e) {
                return new Outcome(Status.FAILING, null, null, "failed: " + e.getClass().getSimpleName(), current);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Outcome(Status.FAILING, null, null, "interrupted", current);
            } catch (IllegalArgumentException e) {
                return new Outcome(Status.REFUSED, null, null, "not a URL that can be fetched", current);
            }
            int code = r.statusCode();
            String location = null;
            if (code >= 300 && code < 400 && code != 304) {
                location = r.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    return new Outcome(Status.FAILING, code, null, "redirect without a Location", current);
                }
            } else if (code == 200 || code == 206) {
                location = pseudoRedirect(r.body());
            }
            if (location != null) {
                try {
                    current = new URI(current).resolve(location.trim()).toString();
                } catch (URISyntaxException | IllegalArgumentException e) {
                    return new Outcome(Status.FAILING, code, null, "redirect to an unreadable Location", current);
                }
                if (notFoundTarget(current)) {
                    return new Outcome(Status.MISSING, code, null,
                            "redirected to the repository's \"not found\" page", current);
                }
                continue;
            }
            return judge(code, r.body(), r.headers().firstValue("Content-Type").orElse(""), current);
        }
        return new Outcome(Status.FAILING, null, null, "more than " + maxRedirects + " redirects", current);
    }

    /**
     * The target of a redirect written into a 200 answer's body: ODS's {@code api/symbol/access} answers with the text
     * {@code Found. Redirecting to <target>} (text/plain, status 200) instead of an HTTP redirect, the target being the
     * file ({@code /doc/UNDOC/GEN/N25/246/52/PDF/N2524652.PDF}) or, for a document it does not have, its error page
     * ({@code https://documents.un.org/error}). Null for any other body.
     */
    static String pseudoRedirect(byte[] body) {
        if (body.length > 2048 || body.length <= PSEUDO_REDIRECT.length) {
            return null;
        }
        for (int i = 0; i < PSEUDO_REDIRECT.length; i++) {
            if (body[i] != PSEUDO_REDIRECT[i]) {
                return null;
            }
        }
        String target = new String(body, PSEUDO_REDIRECT.length, body.length - PSEUDO_REDIRECT.length,
                StandardCharsets.UTF_8).strip();
        return target.isEmpty() || target.chars().anyMatch(Character::isWhitespace) ? null : target;
    }

    /** Whether a redirect's target is one of the configured "not found" pages (any query, a trailing slash aside). */
    boolean notFoundTarget(String url) {
        String u = url;
        int cut = u.indexOf('?');
        u = cut >= 0 ? u.substring(0, cut) : u;
        cut = u.indexOf('#');
        u = cut >= 0 ? u.substring(0, cut) : u;
        u = u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
        for (String t : notFoundRedirects) {
            if (u.equalsIgnoreCase(t.endsWith("/") ? t.substring(0, t.length() - 1) : t)) {
                return true;
            }
        }
        return false;
    }

    private Outcome timedOut(String url) {
        return new Outcome(Status.FAILING, null, null, "no answer within " + timeout.toMillis() + " ms", url);
    }

    private HttpResponse<byte[]> fetch(String url, long nanosLeft)
            throws IOException, InterruptedException, TimeoutException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofNanos(nanosLeft))
                .header("User-Agent", userAgent)
                .header("Range", "bytes=0-" + (HEAD_BYTES - 1))
                .header("Accept", "application/pdf, application/vnd.openxmlformats-officedocument."
                        + "wordprocessingml.document, application/msword, */*;q=0.1")
                .GET().build();
        CompletableFuture<HttpResponse<byte[]>> call = client.sendAsync(request, info -> new FirstBytes(HEAD_BYTES));
        try {
            return call.get(nanosLeft, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof java.net.http.HttpTimeoutException) {
                throw new TimeoutException();
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof IllegalArgumentException iae) {
                throw iae;
            }
            throw new IOException(cause);
        }
    }

    Outcome judge(int code, byte[] body, String contentType, String url) {
        if (code == 404 || code == 410) {
            return new Outcome(Status.MISSING, code, kind(body, contentType), "HTTP " + code, url);
        }
        if (code != 200 && code != 206) {
            return new Outcome(Status.FAILING, code, null, "HTTP " + code, url);
        }
        String kind = kind(body, contentType);
        switch (kind) {
            case "pdf", "docx", "doc" -> {
                return new Outcome(Status.OK, code, kind, null, url);
            }
            case "html" -> {
                String text = new String(body, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
                for (String marker : notFoundMarkers) {
                    if (text.contains(marker)) {
                        return new Outcome(Status.MISSING, code, kind,
                                "HTML \"not found\" page instead of a file (" + marker + ")", url);
                    }
                }
                return new Outcome(Status.FAILING, code, kind, "HTML page instead of a file", url);
            }
            default -> {
                return new Outcome(Status.FAILING, code, kind, body.length == 0 ? "empty answer"
                        : "neither a PDF nor a Word file", url);
            }
        }
    }

    /** What the first bytes are: pdf, docx, doc, html or other. */
    static String kind(byte[] b, String contentType) {
        int start = 0;
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            start = 3; // a UTF-8 byte order mark
        }
        if (indexOf(b, "%PDF-".getBytes(StandardCharsets.US_ASCII), 1024) >= 0) {
            return "pdf";
        }
        if (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
            return "docx";
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0xD0 && (b[1] & 0xff) == 0xCF && (b[2] & 0xff) == 0x11
                && (b[3] & 0xff) == 0xE0 && (b[4] & 0xff) == 0xA1 && (b[5] & 0xff) == 0xB1 && b[6] == 0x1A
                && (b[7] & 0xff) == 0xE1) {
            return "doc";
        }
        while (start < b.length && (b[start] == ' ' || b[start] == '\n' || b[start] == '\r' || b[start] == '\t')) {
            start++;
        }
        if (contentType.toLowerCase(Locale.ROOT).contains("html") || (start < b.length && b[start] == '<')) {
            return "html";
        }
        return "other";
    }

    private static int indexOf(byte[] hay, byte[] needle, int within) {
        int end = Math.min(hay.length, within) - needle.length;
        outer:
        for (int i = 0; i <= end; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Takes the first {@code max} bytes of a body and cancels the rest, so a large file costs no more to check. */
    private static final class FirstBytes implements HttpResponse.BodySubscriber<byte[]> {
        private final int max;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        FirstBytes(int max) {
            this.max = max;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            for (ByteBuffer b : items) {
                int n = Math.min(b.remaining(), max - bytes.size());
                byte[] chunk = new byte[n];
                b.get(chunk);
                bytes.write(chunk, 0, n);
                if (bytes.size() >= max) {
                    subscription.cancel();
                    result.complete(bytes.toByteArray());
                    return;
                }
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable t) {
            if (!result.isDone()) {
                result.completeExceptionally(t);
            }
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }
}
