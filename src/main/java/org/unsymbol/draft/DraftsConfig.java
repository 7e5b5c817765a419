package org.unsymbol.draft;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of draft checking ({@code unsymbol.drafts.*}). */
@ConfigMapping(prefix = "unsymbol.drafts")
public interface DraftsConfig {

    /** References reported (and linked) per request; the rest of the draft is left as it is and flagged truncated. */
    @WithDefault("10000")
    int maxReferences();
}
