package org.unsymbol.linkhealth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/** The link-health checks ({@code unsymbol.link-health.*}); see the README's configuration table. */
@ConfigMapping(prefix = "unsymbol.link-health")
public interface LinkHealthConfig {

    /** The scheduled check runs only when true; the on-demand one (POST) always may. */
    @WithDefault("false")
    boolean enabled();

    /** How often the scheduled check runs (a Quarkus {@code every}: 15m, 1h...). */
    @WithDefault("1h")
    String every();

    /** URLs checked per run, the due ones first (never checked, then the longest ago). */
    @WithDefault("500")
    int batchSize();

    /** Catalogued documents looked at per run for URLs not yet known (the walk goes on where it stopped). */
    @WithDefault("5000")
    int discoverPerRun();

    /** The whole check of one URL, redirects, headers and first bytes included. */
    @WithDefault("10S")
    Duration timeout();

    /** Redirects followed per URL, each only to an allowed host. */
    @WithDefault("5")
    int maxRedirects();

    /** The least time between two requests to one host (ODS is reported to soft-block above about 1 per second). */
    @WithDefault("1S")
    Duration perHostInterval();

    /** Hosts checked at once (each host's URLs one after another, at the interval above). */
    @WithDefault("4")
    int concurrentHosts();

    /** A URL that answered with a file is checked again after this. */
    @WithDefault("7D")
    Duration recheckOk();

    /** A URL that failed, was missing or refused is checked again after this. */
    @WithDefault("1D")
    Duration recheckBad();

    /** The hosts a check may fetch and redirects may go to (each with its subdomains); any other is refused. */
    @WithDefault("un.org,undocs.org")
    Set<String> allowedHosts();

    /** The User-Agent of the checks, naming the service. */
    @WithDefault("unsymbol-link-health/1.0 (UN document symbol resolver)")
    String userAgent();

    /** Texts (any case) that make an HTML answer at a file URL a "not found" page, in the six languages. */
    @WithDefault("not found,cannot be found,could not be found,does not exist,no document,404,"
            + "introuvable,n'existe pas,no se encontr,no existe,не найден,未找到,غير موجود")
    List<String> notFoundMarkers();

    /**
     * Redirect targets that mean "no such file": ODS's {@code api/symbol/access} sends a symbol or language it does
     * not have to its error page (in the body of a 200, {@code Found. Redirecting to https://documents.un.org/error}).
     */
    @WithDefault("https://documents.un.org/error")
    List<String> notFoundRedirects();

    /** Also check the ODS Word template of every catalogued document (twice the requests); the PDF one always. */
    @WithDefault("false")
    boolean wordTemplates();

    /** How often each replica reads the checks made elsewhere into its in-memory index. */
    @WithDefault("60s")
    String refreshEvery();
}
