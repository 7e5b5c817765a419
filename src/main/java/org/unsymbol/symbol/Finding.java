package org.unsymbol.symbol;

/**
 * One error or warning about an input, with UTF-16 offsets {@code [start, end)} into the original input string (not
 * into the normalized form), so that a caller can underline the exact characters.
 */
public record Finding(FindingCode code, Severity severity, String message, int start, int end) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    // written out: the record's generated equals runs through a method-handle chain that a parse (which compares
    // findings to report each once) paid for at every call
    @Override
    public boolean equals(Object o) {
        return o instanceof Finding f && code == f.code && start == f.start && end == f.end
                && severity == f.severity && message.equals(f.message);
    }

    @Override
    public int hashCode() {
        return (code.hashCode() * 31 + start) * 31 + end;
    }
}
