package org.unsymbol.symbolapi;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.unsymbol.symbol.SymbolParser;

/** Makes the grammar injectable; one shared, thread-safe parser over the bundled registry. */
public class SymbolParserProducer {

    @Produces
    @Singleton
    SymbolParser symbolParser() {
        return SymbolParser.standard();
    }
}
