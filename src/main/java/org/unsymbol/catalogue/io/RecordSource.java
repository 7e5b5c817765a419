package org.unsymbol.catalogue.io;

import java.io.IOException;

/** Reads an import body record by record, holding one record in memory at a time. */
public interface RecordSource extends AutoCloseable {

    /** The next record, or null at the end of the input. */
    SourceItem next() throws IOException;

    @Override
    default void close() throws IOException {
    }
}
