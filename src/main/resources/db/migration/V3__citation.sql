-- What a catalogued report cites, recorded from its draft (POST /api/v1/drafts/check?record={symbol}). One row per
-- distinct cited symbol; a new recording replaces the report's rows. Cited documents are kept by key, not by id: they
-- need not be catalogued, and whether they are is asked again at every read.
CREATE TABLE citation (
    citing_document_id BIGINT       NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    cited_key          VARCHAR(300) COLLATE "C" NOT NULL,
    cited_symbol       VARCHAR(300) NOT NULL,
    kind               VARCHAR(40)  NOT NULL,
    status             VARCHAR(12)  NOT NULL CHECK (status IN ('valid', 'malformed', 'placeholder')),
    occurrences        INTEGER      NOT NULL CHECK (occurrences > 0),
    first_start        INTEGER      NOT NULL CHECK (first_start >= 0),
    recorded_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (citing_document_id, cited_key)
);
CREATE INDEX citation_cited_key_idx ON citation (cited_key);
