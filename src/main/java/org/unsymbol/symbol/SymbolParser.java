package org.unsymbol.symbol;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Parses, validates and normalizes UN document symbols. Never throws: every input gives a {@link ParseResult}.
 *
 * <p>TEMPORARY: this is the API skeleton; the real grammar replaces the body of {@link #parse}.
 */
public final class SymbolParser {

    private final BodyRegistry registry;
    private final Clock clock;

    public SymbolParser(BodyRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /** The parser over the bundled registry and the system clock. */
    public static SymbolParser standard() {
        return new SymbolParser(new BodyRegistry(List.of()), Clock.systemUTC());
    }

    public BodyRegistry registry() {
        return registry;
    }

    public ParseResult parse(CharSequence input) {
        String text = input == null ? "" : input.toString().strip();
        if (text.isEmpty()) {
            return new ParseResult(input == null ? "" : input.toString(), Optional.empty(), Tier.MALFORMED,
                    List.of(new Finding(FindingCode.EMPTY_INPUT, Severity.ERROR, "empty", 0, 0)), List.of());
        }
        String[] parts = text.split("/");
        DocumentSymbol s = DocumentSymbol.builder().canonical(text).root(parts[0]).build();
        return new ParseResult(input.toString(), Optional.of(s), Tier.PLAUSIBLE, List.of(), List.of());
    }

    public String format(DocumentSymbol symbol, SymbolFormat format) {
        return switch (format) {
            case CANONICAL -> symbol.canonical();
            case KEY -> symbol.key();
            case ODS -> symbol.canonical().replace(" (", "(");
            case FILE_NAME -> symbol.canonical().replace('/', '_');
        };
    }
}
