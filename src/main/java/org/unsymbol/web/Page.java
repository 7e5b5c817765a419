package org.unsymbol.web;

import java.util.List;

/** What every page's frame shows: the interface language, its direction, and the language switcher. */
public record Page(String lang, String dir, List<LangLink> languages) {

    public record LangLink(String code, String name, String href, boolean current) {
    }

    /** {@code ?lang=xx} to keep the interface language on a link within the site. */
    public String keep() {
        return "lang=" + lang;
    }
}
