package org.unsymbol.extract;

import java.util.Locale;
import java.util.Optional;

/** The six official languages of the United Nations, by ISO 639-1 code. */
public enum Language {
    AR, ZH, EN, FR, RU, ES;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language of an ISO 639-1 code in any case ({@code "es"}, {@code "ES"}); empty for anything else. */
    public static Optional<Language> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Language l : values()) {
            if (l.code().equalsIgnoreCase(code.strip())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
