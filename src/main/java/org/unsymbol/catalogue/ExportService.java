package org.unsymbol.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.commons.csv.CSVPrinter;
import org.unsymbol.catalogue.io.CsvColumns;
import org.unsymbol.catalogue.store.CatalogueReader;
import org.unsymbol.catalogue.store.Jdbc;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * Streams the (filtered) catalogue in key order as NDJSON or CSV, through a server-side cursor: rows are fetched in
 * chunks and written as they come, so an export of the whole catalogue holds one chunk in memory. The output is the
 * import format: an export re-imports as "unchanged".
 */
@ApplicationScoped
public class ExportService {

    public enum Format { NDJSON, CSV }

    private static final int FETCH = 500;

    private final Jdbc jdbc;

    public ExportService(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void export(CatalogueQuery query, Format format, OutputStream out) {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        jdbc.inTransaction(c -> {
            CatalogueQuery.Sql where = query.where();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + CatalogueReader.DOCUMENT_COLUMNS
                    + " FROM document d WHERE " + where.text() + " ORDER BY d.lookup_key")) {
                ps.setFetchSize(FETCH); // with autocommit off, pgjdbc reads through a portal, FETCH rows at a time
                SearchService.bind(ps, where.params());
                try (ResultSet rs = ps.executeQuery()) {
                    write(rs, format, writer);
                }
            }
            return null;
        });
    }

    private static void write(ResultSet rs, Format format, Writer writer) throws java.sql.SQLException {
        try {
            if (format == Format.CSV) {
                CSVPrinter csv = new CSVPrinter(writer, CsvColumns.FORMAT.builder()
                        .setHeader(CsvColumns.ALL.toArray(String[]::new)).get());
                while (rs.next()) {
                    csv.printRecord(CsvColumns.row(CatalogueReader.map(rs).json()));
                }
                csv.flush();
            } else {
                while (rs.next()) {
                    writer.write(CatalogueJson.DOCUMENT_WRITER.writeValueAsString(CatalogueReader.map(rs).json()));
                    writer.write('\n');
                }
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the client went away; the transaction rolls back
        }
    }
}
