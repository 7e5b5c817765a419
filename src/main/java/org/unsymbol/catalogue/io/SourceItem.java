package org.unsymbol.catalogue.io;

import org.unsymbol.catalogue.wire.DocumentJson;
import org.unsymbol.platform.problem.ProblemException;

/**
 * One record read from an import body, or why it could not be read.
 *
 * @param line where it starts: the NDJSON or CSV line, the line of the MARCXML {@code <record>}
 */
public record SourceItem(long line, DocumentJson document, ProblemException error) {

    public static SourceItem of(long line, DocumentJson document) {
        return new SourceItem(line, document, null);
    }

    public static SourceItem failed(long line, ProblemException error) {
        return new SourceItem(line, null, error);
    }
}
