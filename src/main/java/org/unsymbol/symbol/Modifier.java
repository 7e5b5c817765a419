package org.unsymbol.symbol;

/**
 * A final component that modifies a document: {@code Add.n}, {@code Corr.n}, {@code Rev.n}, {@code Amend.n}, or
 * {@code Summary} (which has no number: {@code number} is 0).
 */
public record Modifier(Type type, int number) {

    public enum Type {
        ADD("Add."), CORR("Corr."), REV("Rev."), AMEND("Amend."), SUMMARY("Summary");

        private final String token;

        Type(String token) {
            this.token = token;
        }

        /** The printed token, with its dot: {@code Add.} */
        public String token() {
            return token;
        }
    }

    /** The printed component: {@code Add.1}, {@code Summary}. */
    public String text() {
        return type == Type.SUMMARY ? type.token() : type.token() + number;
    }
}
