package org.unsymbol.platform;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.unsymbol.symbol.SymbolParser;

/** Makes the framework-free core available for injection; the core itself knows nothing of CDI. */
public class CoreBeans {

    @Produces
    @Singleton
    SymbolParser symbolParser() {
        return SymbolParser.standard();
    }
}
