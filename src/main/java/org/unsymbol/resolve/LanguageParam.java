package org.unsymbol.resolve;

import org.unsymbol.lang.Language;
import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.ProblemException;

import java.util.Optional;

/** Reads a {@code lang} parameter: absent is fine, unknown is a 400 that lists the valid codes. */
public final class LanguageParam {

    private LanguageParam() {
    }

    public static Optional<Language> parse(String lang) {
        if (lang == null || lang.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Language.fromTag(lang).orElseThrow(() -> unknown(lang)));
    }

    public static ProblemException unknown(String lang) {
        return new ProblemException(ErrorCode.UNKNOWN_LANGUAGE,
                "'" + lang + "' is not a language of UN documents; use one of " + String.join(" ", Language.codes())
                        + ".")
                .with("language", lang).with("validLanguages", Language.codes());
    }
}
