package org.unsymbol.catalogue.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The distribution printed on the masthead (General, Limited, Restricted), extended with the Digital Library's MARC
 * 091 codes. The wire and the database use the names; the DL codes are accepted on input and mapped one to one.
 */
public enum Distribution {
    GENERAL("GEN"),
    LIMITED("LTD"),
    RESTRICTED("RES"),
    DERESTRICTED("DER"),
    GENERAL_NOT_FOR_DEPOSIT("GER"),
    PARTICIPANTS_ONLY("PAR"),
    PROVISIONAL("PRO");

    private final String dlCode;

    Distribution(String dlCode) {
        this.dlCode = dlCode;
    }

    public String dlCode() {
        return dlCode;
    }

    /** A name ({@code LIMITED}, any case, {@code -} or space for {@code _}) or a DL code ({@code LTD}). */
    public static Optional<Distribution> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Distribution d : values()) {
            if (d.name().equals(t) || d.dlCode.equals(t)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
