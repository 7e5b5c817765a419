package org.unsymbol.links;

/**
 * What is known of the health of link targets, by URL. The service's implementation is an in-memory index filled
 * from the link-health table (org.unsymbol.linkhealth), so a lookup is a map read: it never blocks and never asks the
 * database, and the resolver may call it on the event loop.
 */
@FunctionalInterface
public interface LinkHealth {

    /** Nothing is known of any link: every URL is unchecked. */
    LinkHealth NONE = new LinkHealth() {
        @Override
        public LinkState of(String url) {
            return null;
        }

        @Override
        public boolean isEmpty() {
            return true;
        }
    };

    /** The state of this URL, or null when it was never checked. */
    LinkState of(String url);

    /** True when the index knows nothing at all (no check ran), so callers may skip their lookups. */
    default boolean isEmpty() {
        return false;
    }
}
