package org.unsymbol.catalogue.io;

import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.ProblemException;
import org.unsymbol.symbol.SymbolParser;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * MARCXML ({@code <collection><record>...}) as the UN Digital Library exports it, read with StAX one
 * {@code <record>} at a time and mapped by {@link MarcMapping}. Namespaced or not; DTDs and external entities are
 * refused (an import body is untrusted).
 */
public final class MarcXmlSource implements RecordSource {

    private static final XMLInputFactory FACTORY = factory();

    private final XMLStreamReader xml;
    private final MarcMapping mapping;

    /** @param parser the grammar the MARC mapping reads symbols with (the injected one) */
    public MarcXmlSource(InputStream in, SymbolParser parser) {
        this.mapping = new MarcMapping(parser);
        try {
            this.xml = FACTORY.createXMLStreamReader(in, "UTF-8");
        } catch (XMLStreamException e) {
            throw unreadable(e);
        }
    }

    /** The StAX factory every MARCXML reader uses: no DTD, no external entities (the input is untrusted). */
    public static XMLInputFactory secureFactory() {
        return FACTORY;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    @Override
    public SourceItem next() {
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("record")) {
                    return readAt(xml, xml.getLocation().getLineNumber(), mapping);
                }
            }
            return null;
        } catch (XMLStreamException e) {
            throw unreadable(e);
        }
    }

    /**
     * Reads the MARC {@code <record>} the reader stands on (its start tag) up to its end tag and maps it as an import
     * of MARCXML does: the harvest reads OAI-PMH envelopes itself and hands each record's metadata here, so that there
     * is one MARC mapping. {@code line} is what the item reports as its position; {@code parser} the grammar the
     * mapping reads symbols with.
     */
    public static SourceItem readAt(XMLStreamReader xml, long line, SymbolParser parser) throws XMLStreamException {
        return readAt(xml, line, new MarcMapping(parser));
    }

    private static SourceItem readAt(XMLStreamReader xml, long line, MarcMapping mapping) throws XMLStreamException {
        MarcRecord record = readRecord(xml, line);
        try {
            return SourceItem.of(record.line, mapping.document(record));
        } catch (ProblemException e) {
            return SourceItem.failed(record.line, e);
        }
    }

    private static MarcRecord readRecord(XMLStreamReader xml, long line) throws XMLStreamException {
        MarcRecord record = new MarcRecord(line);
        String tag = null;
        char ind1 = ' ';
        char ind2 = ' ';
        List<MarcRecord.Subfield> subfields = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "datafield" -> {
                        tag = attribute(xml, "tag");
                        ind1 = indicator(attribute(xml, "ind1"));
                        ind2 = indicator(attribute(xml, "ind2"));
                        subfields = new ArrayList<>();
                    }
                    case "subfield" -> {
                        String code = attribute(xml, "code");
                        String value = xml.getElementText();
                        if (subfields != null && code != null && !code.isEmpty()) {
                            subfields.add(new MarcRecord.Subfield(code.charAt(0), value));
                        }
                    }
                    default -> { } // leader, controlfield: nothing the catalogue keeps
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (xml.getLocalName().equals("datafield") && tag != null) {
                    record.fields.add(new MarcRecord.Field(tag, ind1, ind2, List.copyOf(subfields)));
                    tag = null;
                    subfields = null;
                } else if (xml.getLocalName().equals("record")) {
                    return record;
                }
            }
        }
        return record;
    }

    /** The start tag's attribute of this local name (any namespace), or null; the OAI-PMH page reader uses it too. */
    public static String attribute(XMLStreamReader xml, String name) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals(name)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    private static char indicator(String value) {
        return value == null || value.isEmpty() ? ' ' : value.charAt(0);
    }

    private static ProblemException unreadable(XMLStreamException e) {
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber();
        return new ProblemException(ErrorCode.VALIDATION_FAILED, "The MARCXML cannot be read" + where + ".");
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }
}
