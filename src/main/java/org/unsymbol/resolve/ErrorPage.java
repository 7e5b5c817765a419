package org.unsymbol.resolve;

import jakarta.ws.rs.core.Response;
import org.unsymbol.platform.problem.Problem;

import java.util.List;
import java.util.Map;

/** The small readable page a person gets for a broken link, instead of JSON. */
final class ErrorPage {

    private ErrorPage() {
    }

    static Response of(Problem problem, List<String> suggestions) {
        return of(problem, suggestions, List.of());
    }

    /** The links of the suggestions: {@code /r/{lang}/{symbol}} (the link's own language, if it had one). */
    static List<String> suggestionLinks(java.util.Optional<org.unsymbol.lang.Language> language,
                                        List<String> suggestions) {
        String prefix = "/r/" + language.map(l -> l.code() + "/").orElse("");
        return suggestions.stream().map(s -> prefix + encodePath(s)).toList();
    }

    /** A symbol as a path: unreserved characters, slashes and parentheses as they are, everything else escaped. */
    static String encodePath(String symbol) {
        StringBuilder sb = new StringBuilder(symbol.length() + 8);
        for (byte raw : symbol.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int b = raw & 0xff;
            boolean keep = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
                    || b == '-' || b == '.' || b == '_' || b == '~' || b == '/' || b == '(' || b == ')';
            if (keep) {
                sb.append((char) b);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return sb.toString();
    }

    /** The page, each suggestion a link when {@code links} (same order) is given. */
    static Response of(Problem problem, List<String> suggestions, List<String> links) {
        StringBuilder html = new StringBuilder(1024)
                .append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(escape(problem.getTitle())).append(" — unsymbol</title>")
                .append("<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}")
                .append("code{background:#f3f3f3;padding:0 .2em}</style></head><body>")
                .append("<h1>").append(escape(problem.getTitle())).append("</h1>")
                .append("<p>").append(escape(problem.getDetail())).append("</p>");
        if (!suggestions.isEmpty()) {
            html.append("<p>Did you mean:</p><ul>");
            for (String s : suggestions) {
                html.append("<li>");
                if (links.size() == suggestions.size()) {
                    html.append("<a href=\"").append(escape(links.get(suggestions.indexOf(s)))).append("\"><code>")
                            .append(escape(s)).append("</code></a>");
                } else {
                    html.append("<code>").append(escape(s)).append("</code>");
                }
                html.append("</li>");
            }
            html.append("</ul>");
        }
        html.append("<p><small>Error code <code>").append(escape(problem.getCode()))
                .append("</code>. unsymbol links have the form <code>/r/{language}/{symbol}</code>, e.g. ")
                .append("<code>/r/es/A/78/265</code>.</small></p></body></html>\n");
        Response.ResponseBuilder r = Response.status(problem.getStatus()).type("text/html; charset=utf-8")
                .entity(html.toString());
        securityHeaders().forEach(r::header);
        return r.build();
    }

    static Map<String, String> securityHeaders() {
        return Map.of("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'",
                "X-Content-Type-Options", "nosniff",
                "Referrer-Policy", "no-referrer",
                "X-Frame-Options", "DENY");
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(Character.isISOControl(c) && c != '\n' ? ' ' : c);
            }
        }
        return sb.toString();
    }
}
