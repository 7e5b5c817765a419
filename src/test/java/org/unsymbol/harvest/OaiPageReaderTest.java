package org.unsymbol.harvest;

import org.unsymbol.symbol.SymbolParser;
import org.junit.jupiter.api.Test;

import javax.xml.stream.XMLStreamException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OAI-PMH page reader on real-shaped responses, without a server. */
class OaiPageReaderTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\"><responseDate>2031-06-01T00:00:00Z"
            + "</responseDate><request verb=\"ListRecords\">https://digitallibrary.un.org/oai2d</request>";

    private static OaiPage read(String xml) throws XMLStreamException {
        return OaiPageReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), SymbolParser.standard());
    }

    @Test
    void readsRecordsDeletedHeadersAndTheToken() throws Exception {
        OaiPage page = read(HEAD + "<ListRecords>"
                + "<record><header><identifier>oai:digitallibrary.un.org:4001</identifier>"
                + "<datestamp>2031-01-01T00:00:01Z</datestamp><setSpec>s</setSpec></header><metadata>"
                + FakeOai.resource("a-res-80-142.xml") + "</metadata></record>"
                + "<record><header status=\"deleted\"><identifier>oai:digitallibrary.un.org:4002</identifier>"
                + "<datestamp>2031-01-01T00:00:02Z</datestamp></header></record>"
                + "<record><header><identifier>oai:digitallibrary.un.org:4096564</identifier>"
                + "<datestamp>2031-01-01T00:00:03Z</datestamp></header><metadata>"
                + FakeOai.resource("vote-4096564.xml") + "</metadata></record>"
                + "<resumptionToken completeListSize=\"120\" cursor=\"0\">tok 1</resumptionToken>"
                + "</ListRecords></OAI-PMH>");
        assertEquals(3, page.records().size());
        OaiPage.Entry res = page.records().get(0);
        assertEquals("oai:digitallibrary.un.org:4001", res.identifier());
        assertEquals(1, res.position());
        assertNull(res.item().error());
        assertEquals("A/RES/80/142", res.item().document().symbol());
        assertTrue(page.records().get(1).deleted());
        assertNull(page.records().get(1).item());
        assertNotNull(page.records().get(2).item().error(), "the vote record has no 191");
        assertEquals("tok 1", page.resumptionToken());
        assertEquals(120L, page.completeListSize());
        assertFalse(page.last());
    }

    @Test
    void theLastPageHasAnEmptyTokenAndNoRecordsMatchIsAnAnswer() throws Exception {
        OaiPage last = read(HEAD + "<ListRecords><resumptionToken completeListSize=\"3\" cursor=\"2\"/>"
                + "</ListRecords></OAI-PMH>");
        assertTrue(last.last());
        OaiPage none = read(HEAD + "<error code=\"noRecordsMatch\">none</error></OAI-PMH>");
        assertTrue(none.noRecordsMatch());
        OaiPage bad = read(HEAD + "<error code=\"badResumptionToken\">expired</error></OAI-PMH>");
        assertEquals("badResumptionToken", bad.errorCode());
        assertEquals("expired", bad.errorMessage());
    }

    @Test
    void externalEntitiesAndForeignDocumentsAreRefused() {
        assertThrows(XMLStreamException.class, () -> read("<?xml version=\"1.0\"?><!DOCTYPE OAI-PMH ["
                + "<!ENTITY x SYSTEM \"file:///etc/passwd\">]><OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\">"
                + "<error code=\"x\">&x;</error></OAI-PMH>"));
        assertThrows(XMLStreamException.class, () -> read("<html><body>Service unavailable</body></html>"));
        assertThrows(XMLStreamException.class, () -> read(HEAD + "<ListRecords><record><header>"));
    }

    @Test
    void aResponseOverItsByteBudgetStopsWhileItIsRead() {
        byte[] big = (HEAD + "<ListRecords>" + "<!-- padding -->".repeat(10_000) + "</ListRecords></OAI-PMH>")
                .getBytes(StandardCharsets.UTF_8);
        InputStream budgeted = new BudgetedInputStream(new ByteArrayInputStream(big), 50_000,
                System.nanoTime() + 60_000_000_000L);
        XMLStreamException e = assertThrows(XMLStreamException.class, () -> OaiPageReader.read(budgeted, SymbolParser.standard()));
        Throwable cause = e;
        while (cause != null && !(cause instanceof IOException)) {
            cause = cause.getCause() != null ? cause.getCause() : (cause instanceof XMLStreamException x
                    ? x.getNestedException() : null);
        }
        assertTrue(cause instanceof BudgetedInputStream.OverBudget || e.getMessage().contains("larger than"),
                String.valueOf(e));
    }

    @Test
    void retryAfterIsReadAsSecondsOrAnHttpDate() {
        assertEquals(120, OaiClient.retryAfter("120").toSeconds());
        assertNull(OaiClient.retryAfter("soon"));
        assertTrue(OaiClient.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT").isZero());
    }
}
