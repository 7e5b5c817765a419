package org.unsymbol.harvest;

import org.unsymbol.catalogue.io.MarcXmlSource;
import org.unsymbol.catalogue.io.SourceItem;
import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.ProblemException;
import org.unsymbol.symbol.SymbolParser;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an OAI-PMH ListRecords response with StAX, one record at a time, with the StAX factory of the MARCXML
 * import (no DTD, no external entities); each record's MARC metadata goes through the import's own mapping
 * ({@link MarcXmlSource#readAt}). The byte and time budget is the stream's ({@link BudgetedInputStream}).
 */
final class OaiPageReader {

    static final String OAI_NS = "http://www.openarchives.org/OAI/2.0/";

    private OaiPageReader() {
    }

    /** The page, or an exception saying where the response stopped being OAI-PMH XML. */
    static OaiPage read(InputStream in, SymbolParser parser) throws XMLStreamException {
        XMLStreamReader xml = MarcXmlSource.secureFactory().createXMLStreamReader(in, "UTF-8");
        try {
            List<OaiPage.Entry> records = new ArrayList<>();
            String token = null;
            Long size = null;
            Long cursor = null;
            String errorCode = null;
            String errorMessage = null;
            boolean root = false;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                if (!root) {
                    if (!name.equals("OAI-PMH")) {
                        throw new XMLStreamException("the response is not OAI-PMH (its root is <" + name + ">)",
                                xml.getLocation());
                    }
                    root = true;
                    continue;
                }
                switch (name) {
                    case "error" -> {
                        errorCode = MarcXmlSource.attribute(xml, "code");
                        errorMessage = xml.getElementText().strip();
                    }
                    case "record" -> records.add(record(xml, records.size() + 1, parser));
                    case "resumptionToken" -> {
                        size = number(MarcXmlSource.attribute(xml, "completeListSize"));
                        cursor = number(MarcXmlSource.attribute(xml, "cursor"));
                        token = xml.getElementText().strip();
                    }
                    default -> { } // responseDate, request, ListRecords
                }
            }
            if (!root) {
                throw new XMLStreamException("the response is empty");
            }
            return new OaiPage(records, token == null || token.isEmpty() ? null : token, size, cursor,
                    errorCode == null ? null : (errorCode.isEmpty() ? "error" : errorCode), errorMessage);
        } finally {
            xml.close();
        }
    }

    /** An OAI {@code <record>}: header, then metadata (absent for a deleted record). */
    private static OaiPage.Entry record(XMLStreamReader xml, long position, SymbolParser parser)
            throws XMLStreamException {
        String identifier = null;
        String datestamp = null;
        boolean deleted = false;
        SourceItem item = null;
        int depth = 1;
        boolean inMetadata = false;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (inMetadata && item == null) {
                    item = name.equals("record") ? MarcXmlSource.readAt(xml, position, parser)
                            : noMarc(position, name, xml);
                    continue; // readAt stops on the MARC record's end tag: depth is unchanged
                }
                depth++;
                switch (name) {
                    case "header" -> deleted = "deleted".equals(MarcXmlSource.attribute(xml, "status"));
                    case "identifier" -> {
                        identifier = xml.getElementText().strip();
                        depth--;
                    }
                    case "datestamp" -> {
                        datestamp = xml.getElementText().strip();
                        depth--;
                    }
                    case "metadata" -> inMetadata = true;
                    default -> { } // setSpec, about
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (xml.getLocalName().equals("metadata")) {
                    inMetadata = false;
                }
            }
        }
        if (identifier == null || identifier.isEmpty()) {
            throw new XMLStreamException("a record has no header identifier", xml.getLocation());
        }
        if (!deleted && item == null) {
            item = SourceItem.failed(position, new ProblemException(ErrorCode.VALIDATION_FAILED,
                    "The record has no MARCXML metadata."));
        }
        return new OaiPage.Entry(position, identifier, datestamp == null ? "" : datestamp, deleted, deleted ? null
                : item);
    }

    /** Metadata that is not a MARC record: skipped to its end, reported as the record's rejection. */
    private static SourceItem noMarc(long position, String name, XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return SourceItem.failed(position, new ProblemException(ErrorCode.VALIDATION_FAILED,
                "The record's metadata is <" + name + ">, not a MARCXML record."));
    }

    private static Long number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
