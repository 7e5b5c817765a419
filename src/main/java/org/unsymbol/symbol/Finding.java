package org.unsymbol.symbol;

/**
 * One error or warning about an input, with UTF-16 offsets {@code [start, end)} into the original input string (not
 * into the normalized form), so that a caller can underline the exact characters.
 */
public record Finding(FindingCode code, Severity severity, String message, int start, int end) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
