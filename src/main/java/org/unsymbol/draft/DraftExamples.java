package org.unsymbol.draft;

/**
 * The examples the contract publishes for the draft endpoints. Each response example is what the service answers to
 * the request example of the same name against the seed catalogue: {@code PublishedExamplesTest} sends the one and
 * compares the other, so an example cannot drift from the service.
 */
final class DraftExamples {

    private DraftExamples() {
    }

    /** A request: two paragraphs of the Spanish draft A/AC.292/2024/L.1, as Markdown. */
    static final String SNIPPET = """
            2. El primer informe anual sobre los progresos realizados por el grupo de trabajo se publicó como \
            documento [A/77/275](#). El segundo informe anual se publicó como documento [A/78/265](#).

            20. El grupo de trabajo aprobó el proyecto de informe ([A/AC.292/2024/L.1](#)), conforme a la \
            resolución 75/240. También decidió incluir el documento A/AC.292/2024/CRP.X (véase el anexo).
            """;

    /** A request: the same kind of text as HTML. */
    static final String HTML_SNIPPET = "<p>Véase la resolución <a href=\"#\">75/240</a> y el documento "
            + "<em>A/78/265</em>.</p>";

    /** The real answer of /check to SNIPPET against the seed catalogue (PublishedExamplesTest runs it). */
    static final String CHECK_EXAMPLE = """
            {"summary":{"references":5,"found":4,"unknown":0,"malformed":0,"placeholder":1,"languageMissing":0,\
            "ambiguous":0},"distinct":{"references":5,"found":4,"unknown":0,"malformed":0,"placeholder":1,"languageMissing":0,\
            "ambiguous":0},"language":"es","references":[{"text":"A/77/275","start":109,"end":117,"line":1,\
            "column":110,"paragraph":"2","section":null,"context":"de trabajo se publicó como documento [A/77/275](#). \
            El segundo informe anual se","page":null,"symbol":"A/77/275","kind":"document","form":"written",\
            "status":"found","derived":false,"errors":[],"warnings":[],"suggestions":[],"pinpoints":[],"antecedent":null,\
            "candidates":null,"link":"http://localhost:8080/r/es/A/77/275","title":"Primer informe anual sobre \
            los progresos realizados por el grupo de trabajo, relativo a su período de sesiones de organización \
            y a sus períodos de sesiones sustantivos primero, segundo y tercero","availableLanguages":["en",\
            "es"],"note":null},{"text":"A/78/265","start":175,"end":183,"line":1,"column":176,"paragraph":"2",\
            "section":null,"context":"anual se publicó como documento [A/78/265](#).","page":null,"symbol":"A/78/265",\
            "kind":"document","form":"written","status":"found","derived":false,"errors":[],"warnings":[],"suggestions":[],\
            "pinpoints":[],"antecedent":null,"candidates":null,"link":"http://localhost:8080/r/es/A/78/265",\
            "title":"Segundo informe anual sobre los progresos realizados por el grupo de trabajo, relativo \
            a sus períodos de sesiones sustantivos cuarto y quinto","availableLanguages":["en","es"],"note":null},\
            {"text":"A/AC.292/2024/L.1","start":246,"end":263,"line":3,"column":57,"paragraph":"20","section":null,\
            "context":"aprobó el proyecto de informe ([A/AC.292/2024/L.1](#)), conforme a la resolución 75/240.",\
            "page":null,"symbol":"A/AC.292/2024/L.1","kind":"draft","form":"written","status":"found","derived":false,\
            "errors":[],"warnings":[],"suggestions":[],"pinpoints":[],"antecedent":null,"candidates":null,"link":"http://localhost:8080/r/es/A/AC.292/2024/L.1",\
            "title":"Proyecto de tercer informe anual sobre los progresos realizados por el grupo de trabajo \
            de composición abierta sobre la seguridad de las tecnologías de la información y las comunicaciones \
            y de su uso (2021-2025)","availableLanguages":["en","es"],"note":null},{"text":"75/240","start":295,\
            "end":301,"line":3,"column":106,"paragraph":"20","section":null,"context":"2024/L.1](#)), conforme \
            a la resolución 75/240. También decidió incluir el documento","page":null,"symbol":"A/RES/75/240",\
            "kind":"resolution","form":"citation","status":"found","derived":true,"errors":[],"warnings":[],\
            "suggestions":[],"pinpoints":[],"antecedent":null,"candidates":null,"link":"http://localhost:8080/r/es/A/RES/75/240",\
            "title":"Resolución 75/240 de la Asamblea General, por la que se establece el grupo de trabajo \
            de composición abierta sobre la seguridad de las tecnologías de la información y las comunicaciones \
            y de su uso (2021-2025)","availableLanguages":["en","es"],"note":null},{"text":"A/AC.292/2024/CRP.X",\
            "start":340,"end":359,"line":3,"column":151,"paragraph":"20","section":null,"context":"También \
            decidió incluir el documento A/AC.292/2024/CRP.X (véase el anexo).","page":null,"symbol":"A/AC.292/2024/CRP.X",\
            "kind":"conference-room-paper","form":"written","status":"placeholder","derived":false,"errors":[{"code":"PLACEHOLDER_NUMBER",\
            "severity":"ERROR","message":"'CRP.X' stands in for the number.","start":354,"end":359}],"warnings":[],\
            "suggestions":[],"pinpoints":[],"antecedent":null,"candidates":null,"link":null,"title":null,"availableLanguages":null,\
            "note":"A drafting placeholder: replace it with the document's symbol before issue."}]}""";

    /** The real answer of /linkify to SNIPPET (Markdown in, Markdown out). */
    static final String LINKIFIED = """
            2. El primer informe anual sobre los progresos realizados por el grupo de trabajo se publicó como \
            documento [A/77/275](http://localhost:8080/r/es/A/77/275). El segundo informe anual se publicó como \
            documento [A/78/265](http://localhost:8080/r/es/A/78/265).

            20. El grupo de trabajo aprobó el proyecto de informe \
            ([A/AC.292/2024/L.1](http://localhost:8080/r/es/A/AC.292/2024/L.1)), conforme a la resolución \
            [75/240](http://localhost:8080/r/es/A/RES/75/240). También decidió incluir el documento \
            A/AC.292/2024/CRP.X (véase el anexo).
            """;

    /** A request for /check as plain text. */
    static final String PLAIN_CHECK = "Véase el documento A/78/265 y la resolución 75/240 de la Asamblea General.";

    /** A request for /linkify as plain text. */
    static final String PLAIN_LINKIFY = "Véase el documento A/78/265.";
}
