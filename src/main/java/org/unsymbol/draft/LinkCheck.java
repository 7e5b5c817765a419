package org.unsymbol.draft;

import org.unsymbol.extract.Annotator;
import org.unsymbol.extract.Reference;
import org.unsymbol.symbolapi.FindingView;
import org.unsymbol.symbol.DocumentSymbol;
import org.unsymbol.symbol.ParseResult;
import org.unsymbol.symbol.SymbolParser;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the links a draft already has around its references: a link on a reference whose target names another
 * document ({@code [A/78/265](https://undocs.org/A/78/266)}) is {@value #MISMATCH}; one whose host is neither the UN's
 * (configured, {@code unsymbol.drafts.link-hosts}) nor this service's is {@value #FOREIGN}. A target names a document
 * when it is one of the forms this service and the UN write: {@code /r/{lang}/{symbol}} and {@code /r/{symbol}} here,
 * {@code undocs.org/{lang}/{symbol}} and {@code undocs.org/{symbol}}, the ODS {@code ?s=} (documents.un.org) and
 * {@code DS=} (daccess-ods) parameters, the Digital Library's {@code p=191__a:"symbol"} search. Other targets on an
 * allowed host (a record number, a page) name nothing and are not judged. Empty, {@code #} and relative targets are
 * not judged either (linkify fills the empty ones). Never throws: a target that is not a URL is foreign.
 */
final class LinkCheck {

    static final String MISMATCH = "LINK_TARGET_MISMATCH";
    static final String FOREIGN = "LINK_FOREIGN_HOST";

    private final Set<String> hosts;
    private final String ownHost;
    private final SymbolParser parser;

    LinkCheck(List<String> hosts, String ownBase, SymbolParser parser) {
        this.hosts = Set.copyOf(hosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty()).toList());
        this.ownHost = hostOf(ownBase);
        this.parser = parser;
    }

    /** The warnings for each reference (by index in {@code references}) that sits in a wrong link. */
    Map<Integer, List<FindingView>> check(List<Reference> references, List<Annotator.ExistingLink> links) {
        Map<Integer, List<FindingView>> out = new HashMap<>();
        if (links.isEmpty() || references.isEmpty()) {
            return out;
        }
        for (Annotator.ExistingLink link : links) {
            int first = firstAtOrAfter(references, link.textStart());
            List<Integer> inside = new ArrayList<>();
            for (int i = first; i < references.size() && references.get(i).start() < link.textEnd(); i++) {
                if (references.get(i).end() <= link.textEnd()) {
                    inside.add(i);
                }
            }
            if (inside.isEmpty()) {
                continue;
            }
            int at = link.targetEnd() > link.targetStart() ? link.targetStart() : link.textStart();
            int to = link.targetEnd() > link.targetStart() ? link.targetEnd() : link.textEnd();
            Verdict v = judge(link.target());
            if (v == null) {
                continue;
            }
            if (v.foreign()) {
                FindingView w = new FindingView(FOREIGN, "WARNING", "The link on this reference goes to "
                        + v.where() + ", which is neither a United Nations site nor this service.", at, to);
                for (int i : inside) {
                    out.computeIfAbsent(i, k -> new ArrayList<>()).add(w);
                }
                continue;
            }
            boolean named = false;
            for (int i : inside) {
                named |= canonical(references.get(i)).map(v.symbol()::equals).orElse(false);
            }
            if (!named) {
                for (int i : inside) {
                    Reference r = references.get(i);
                    out.computeIfAbsent(i, k -> new ArrayList<>()).add(new FindingView(MISMATCH, "WARNING",
                            "The link on " + r.text() + " points to " + v.symbol() + ", another document.", at, to));
                }
            }
        }
        return out;
    }

    private static Optional<String> canonical(Reference r) {
        return r.parsed().map(DocumentSymbol::canonical).or(() -> Optional.ofNullable(r.symbol()));
    }

    /** What a target says: foreign (with its host), or the symbol it names; null when there is nothing to judge. */
    private record Verdict(boolean foreign, String where, String symbol) {
    }

    Verdict judge(String target) {
        String t = target == null ? "" : target.strip();
        if (t.startsWith("<") && t.endsWith(">")) {
            t = t.substring(1, t.length() - 1).strip();
        }
        int space = t.indexOf(' '); // Markdown: [text](url "title")
        if (space > 0) {
            t = t.substring(0, space);
        }
        if (t.isEmpty() || t.startsWith("#")) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(t);
        } catch (URISyntaxException e) {
            return new Verdict(true, "a target that is not a URL", null);
        }
        String scheme = uri.getScheme();
        if (scheme == null) {
            // relative: on this service, when it is one of its paths
            return uri.getRawPath() != null && uri.getRawPath().startsWith("/r/")
                    ? named(ownPath(uri.getRawPath())) : null;
        }
        String s = scheme.toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
        if (!(s.equals("http") || s.equals("https")) || host == null) {
            return new Verdict(true, "a " + s + ": link", null);
        }
        String hostPort = uri.getPort() < 0 ? host : host + ":" + uri.getPort();
        if (hostPort.equals(ownHost) || host.equals(ownHost)) {
            return named(ownPath(uri.getRawPath()));
        }
        if (!allowed(host)) {
            return new Verdict(true, host, null);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (host.equals("undocs.org") || host.endsWith(".undocs.org")) {
            String p = decode(path.startsWith("/") ? path.substring(1) : path);
            if (p.length() > 3 && p.charAt(2) == '/' && isLanguage(p.substring(0, 2))) {
                p = p.substring(3);
            }
            return named(p);
        }
        Map<String, String> query = query(uri.getRawQuery());
        String symbol = query.getOrDefault("s", query.getOrDefault("symbol", query.get("ds")));
        if (symbol == null && host.endsWith("digitallibrary.un.org") && query.containsKey("p")) {
            String p = query.get("p").strip();
            if (p.startsWith("191__a:")) {
                p = p.substring("191__a:".length());
            }
            symbol = p.replace("\"", "");
        }
        return named(symbol);
    }

    private boolean allowed(String host) {
        for (String h : hosts) {
            if (host.equals(h) || host.endsWith("." + h)) {
                return true;
            }
        }
        return false;
    }

    /** The symbol of one of this service's resolver paths, {@code /r/{lang}/{symbol}} or {@code /r/{symbol}}. */
    private static String ownPath(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/r/")) {
            return null;
        }
        String p = decode(rawPath.substring(3));
        return p.length() > 3 && p.charAt(2) == '/' && isLanguage(p.substring(0, 2)) ? p.substring(3) : p;
    }

    /** The verdict on a target naming {@code written}: the symbol when it parses, else nothing to judge. */
    private Verdict named(String written) {
        if (written == null || written.isBlank() || written.length() > 200) {
            return null;
        }
        ParseResult parsed = parser.parse(written.strip());
        return parsed.valid() && parsed.symbol().isPresent()
                ? new Verdict(false, null, parsed.symbol().get().canonical()) : null;
    }

    private static boolean isLanguage(String two) {
        return switch (two.toLowerCase(Locale.ROOT)) {
            case "ar", "zh", "en", "fr", "ru", "es" -> true;
            default -> false;
        };
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null) {
            return out;
        }
        for (String pair : raw.split("&", 50)) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.putIfAbsent(decode(pair.substring(0, eq)).toLowerCase(Locale.ROOT), decode(pair.substring(eq + 1)));
            }
        }
        return out;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static String hostOf(String base) {
        try {
            URI u = new URI(base);
            if (u.getHost() == null) {
                return "";
            }
            String h = u.getHost().toLowerCase(Locale.ROOT);
            return u.getPort() < 0 ? h : h + ":" + u.getPort();
        } catch (URISyntaxException | RuntimeException e) {
            return "";
        }
    }

    private static int firstAtOrAfter(List<Reference> refs, int offset) {
        int lo = 0;
        int hi = refs.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (refs.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
