package org.unsymbol.symbol;

import java.util.Map;
import java.util.Optional;

/**
 * A root or subsidiary body of the registry: {@code A}, {@code A/AC.292}, {@code E/CN.4}.
 *
 * @param prefix    the series prefix as printed in symbols ({@code A/AC.292})
 * @param parent    the prefix of the parent body ({@code A}), or null for a root
 * @param names     names by language code ({@code en}, and others where known)
 * @param validFrom first year of the body, when known
 * @param validTo   last year of the body, when known (null while it exists)
 * @param note      a short sourcing or usage note
 */
public record Body(String prefix, String parent, Map<String, String> names, Integer validFrom, Integer validTo,
                   String note) {

    public Body {
        names = Map.copyOf(names);
    }

    public Optional<String> name(String language) {
        return Optional.ofNullable(names.getOrDefault(language, names.get("en")));
    }

    public boolean isRoot() {
        return parent == null;
    }
}
