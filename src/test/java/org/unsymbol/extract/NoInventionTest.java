package org.unsymbol.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text that looks like symbols or citations but is not: the extractor must report nothing. */
class NoInventionTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "See https://undocs.org/en/A/78/265 and http://www.un.org/ga/search/view_doc.asp?symbol=A/70/L.1&Lang=C",
        "the mirror undocs.org/A/78/265 and documents.un.org/api/symbol/access?s=A/RES/77/1",
        "<https://meetings.unoda.org/open-ended-working-group-on-information-and-communication-technologies-2021>",
        "Nueva York, 21 de junio de 2024; 2024-06-21; 21/06/2024; 6/21/24",
        "as stated in paras. 12-15 and pp. 3/4 of the report, page 12/13",
        "Grupo de trabajo (2021-2025) y período 2021/2022",
        "Views adopted under communication No. 1479/2006",
        "Press releases GA/12515, GA/DIS/3643, SC/15295 and SG/SM/22123",
        "Call +1 212 963 1234 or 212/963-1234",
        "fractions 1/2 and 3/4, ratio 50/50, 24/7 service",
        "annexes I, II and IV-VIII",
        "examinó los temas 3, 5 y 6 del programa",
        "HIV/AIDS, TCP/IP, and/or, km/h, N/A, A/B testing",
        "ISO/IEC 27001 and COVID-19/SARS",
        "the resolution was adopted by 120 votes to 5, with 12/3 abstentions",
        "Committee decision 12/3 and resolution of the Conference 5/2",
        "its resolution 2005/1",
        "resolution 1325",
        "/en/A/78/265 <a href=\"/fr/A/RES/75/240\">",
        "file C:/Users/A/78/265.pdf and ./A/78/265",
        "e-mail a.b/78@un.org",
    })
    void reportsNothing(String text) {
        assertEquals(List.of(), ReferenceExtractor.standard().extract(text).references(), text);
    }
}
