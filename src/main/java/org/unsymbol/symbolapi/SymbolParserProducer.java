package org.unsymbol.symbolapi;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.unsymbol.symbol.BodyRegistry;
import org.unsymbol.symbol.SymbolParser;

import java.time.Clock;

/**
 * The application's grammar: one shared, thread-safe parser over the bundled registry and the system clock. Every
 * feature takes it by injection (none calls {@code SymbolParser.standard()}), so a plain test builds a feature with a
 * parser of its own, a fixed clock for instance ({@code CodeMapTest} holds the code to this).
 */
public class SymbolParserProducer {

    @Produces
    @Singleton
    SymbolParser symbolParser() {
        return new SymbolParser(BodyRegistry.bundled(), Clock.systemUTC());
    }
}
