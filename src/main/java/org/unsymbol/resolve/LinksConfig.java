package org.unsymbol.resolve;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.unsymbol.links.LinkBuilder;

import java.util.Set;

/** Link templates and the hosts a redirect may point to ({@code unsymbol.links.*}). */
@ConfigMapping(prefix = "unsymbol.links")
public interface LinksConfig {

    @WithDefault(LinkBuilder.UNDOCS)
    String undocs();

    @WithDefault(LinkBuilder.ODS_PDF)
    String odsPdf();

    @WithDefault(LinkBuilder.ODS_DOC)
    String odsDoc();

    @WithDefault(LinkBuilder.DIGITAL_LIBRARY)
    String digitalLibrary();

    /** Catalogue file URLs are used as link targets only on these hosts (and their subdomains). */
    @WithDefault(LinkBuilder.ALLOWED_HOSTS)
    Set<String> allowedHosts();
}
