package org.unsymbol.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every {@link CatalogueChanged} the application fires, for the tests to inspect. */
@ApplicationScoped
public class CatalogueEvents {

    private final List<CatalogueChanged> seen = new CopyOnWriteArrayList<>();

    void on(@Observes CatalogueChanged event) {
        seen.add(event);
    }

    public List<CatalogueChanged> seen() {
        return seen;
    }
}
