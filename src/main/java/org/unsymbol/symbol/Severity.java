package org.unsymbol.symbol;

/** An error makes a symbol invalid; a warning reports something the parser changed or doubts, and keeps it valid. */
public enum Severity {
    ERROR, WARNING
}
