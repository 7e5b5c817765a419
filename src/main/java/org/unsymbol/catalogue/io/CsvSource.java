package org.unsymbol.catalogue.io;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.ProblemException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/** CSV with a header row ({@link CsvColumns}), streamed by commons-csv. {@code line} is the row, the header being 1. */
public final class CsvSource implements RecordSource {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<String, Integer> header;

    public CsvSource(InputStream in) throws IOException {
        this.parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).get().parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.header = parser.getHeaderMap();
        CsvColumns.checkHeader(parser.getHeaderNames());
        this.records = parser.iterator();
    }

    @Override
    public SourceItem next() throws IOException {
        CSVRecord row;
        try {
            if (!records.hasNext()) {
                return null;
            }
            row = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
            // a broken quote cannot be resynchronized: the rest of the body is unreadable
            // commons-csv's message names its Java exception types; say what is wrong in CSV terms only
            throw new ProblemException(ErrorCode.VALIDATION_FAILED, "The CSV cannot be read after row "
                    + (parser.getRecordNumber() + 1) + ": a quoted cell is not closed, or a quote is followed by "
                    + "something other than a comma or the end of the line.");
        }
        long line = row.getRecordNumber() + 1;
        try {
            return SourceItem.of(line, CsvColumns.document(column -> {
                Integer i = header.get(column);
                return i == null || i >= row.size() ? null : row.get(i);
            }));
        } catch (ProblemException e) {
            return SourceItem.failed(line, e);
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
