package org.unsymbol.symbolapi;

/**
 * The examples the contract publishes for {@code /api/v1/symbols}. Each is what the service answers to its request
 * (a parse: its own {@code input}); {@code PublishedExamplesTest} sends it and compares.
 */
final class SymbolExamples {

    private SymbolExamples() {
    }

    static final String VALID = """
            {"input":"a/78/265 Add.l","valid":true,"tier":"PLAUSIBLE","canonical":"A/78/265/Add.1",\
            "key":"A/78/265/ADD.1","kind":"document","components":{"root":"A","bodies":[],"series":"A",\
            "session":"78","year":null,"nature":null,"number":"265","part":null,"modifiers":["Add.1"],\
            "parentheticals":[],"reissued":false,"singles":["A/78/265/Add.1"]},"errors":[],"warnings":[\
            {"code":"NORMALIZED_CASE","severity":"WARNING","message":"'a' written as 'A'.","start":0,"end":1},\
            {"code":"NORMALIZED_PUNCTUATION","severity":"WARNING","message":"A space before 'Add' read as '/'.",\
            "start":8,"end":9},{"code":"NORMALIZED_OCR","severity":"WARNING","message":"Letter 'l' in a number \
            read as digit '1'.","start":9,"end":14}],"suggestions":[]}""";
    static final String INVALID = """
            {"input":"A/C.1./78/L.11","valid":false,"tier":"MALFORMED","canonical":null,"key":null,"kind":null,\
            "components":null,"errors":[{"code":"STRAY_PUNCTUATION","severity":"ERROR","message":"Stray '.' after \
            'C.1'.","start":5,"end":6}],"warnings":[],"suggestions":["A/C.1/78/L.11"]}""";

    /**
     * The 413 of a batch of 10,001. Not in the contract today: ProblemSchemaFilter replaces the content of every
     * problem response with the Problem schema, examples included.
     */
    static final String BATCH_TOO_LARGE = """
            {"type":"/problems/batch-too-large","title":"Batch too large","status":413,"code":"BATCH_TOO_LARGE",\
            "detail":"10001 symbols; at most 10000 per request.","limit":10000}""";
}
