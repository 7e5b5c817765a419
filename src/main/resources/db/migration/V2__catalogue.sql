-- The catalogue: a document row per work (symbol, parsed components, masthead facts), its language versions, every
-- symbol that finds it (primary, joint singles, aliases) and the relations stored for it. Keys use the "C" collation
-- so that their order (cursor paging) and prefix ranges (LIKE 'A/AC.292/%') are byte order on every server.

ALTER TABLE document DROP COLUMN title; -- titles live in language_version, one per language
ALTER TABLE document ALTER COLUMN symbol TYPE VARCHAR(300);
ALTER TABLE document ALTER COLUMN lookup_key TYPE VARCHAR(300) COLLATE "C";

ALTER TABLE document
    ADD COLUMN base_key          VARCHAR(300) COLLATE "C", -- key of the symbol without Add./Corr./Rev./Amend.
    ADD COLUMN root              VARCHAR(40),
    ADD COLUMN series            VARCHAR(200),
    ADD COLUMN session           VARCHAR(40),
    ADD COLUMN year              INTEGER,
    ADD COLUMN nature            VARCHAR(40),
    ADD COLUMN number            VARCHAR(40),
    ADD COLUMN modifiers         VARCHAR(200),
    ADD COLUMN kind              VARCHAR(40)  NOT NULL DEFAULT 'document',
    ADD COLUMN distribution      VARCHAR(30),
    ADD COLUMN issue_date        VARCHAR(10),  -- as known: 2024, 2024-06 or 2024-06-21
    ADD COLUMN issue_date_sort   DATE,         -- first day of that period, for ordering and ranges
    ADD COLUMN original_language VARCHAR(2),
    ADD COLUMN body_name         VARCHAR(1000),
    ADD COLUMN session_label     VARCHAR(500),
    ADD COLUMN agenda_items      JSONB        NOT NULL DEFAULT '[]',
    ADD COLUMN subjects          TEXT[]       NOT NULL DEFAULT '{}',
    ADD COLUMN content_hash      VARCHAR(64),  -- of the imported content: a re-import of the same data is a no-op
    ADD COLUMN deleted_at        TIMESTAMPTZ;

ALTER TABLE document
    ADD CONSTRAINT document_distribution_check CHECK (distribution IN ('GENERAL', 'LIMITED', 'RESTRICTED',
        'DERESTRICTED', 'GENERAL_NOT_FOR_DEPOSIT', 'PARTICIPANTS_ONLY', 'PROVISIONAL')),
    ADD CONSTRAINT document_issue_date_check CHECK (issue_date ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
    ADD CONSTRAINT document_original_language_check
        CHECK (original_language IN ('ar', 'zh', 'en', 'fr', 'ru', 'es', 'de'));

CREATE INDEX document_base_key_idx ON document (base_key);
CREATE INDEX document_issue_date_idx ON document (issue_date_sort);

CREATE TABLE language_version (
    document_id        BIGINT      NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    lang               VARCHAR(2)  NOT NULL CHECK (lang IN ('ar', 'zh', 'en', 'fr', 'ru', 'es', 'de')),
    title              TEXT,
    job_number         VARCHAR(8),  -- canonical: duty-station letter + 7 digits, N2422345
    job_number_printed VARCHAR(12), -- as printed on the document, 24-22345
    released           DATE,
    files              JSONB       NOT NULL DEFAULT '[]', -- [{format, url, size}]
    title_tsv          TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, ''))) STORED,
    PRIMARY KEY (document_id, lang)
);
CREATE INDEX language_version_title_tsv_idx ON language_version USING GIN (title_tsv);

-- Every key that finds a document: its own, the singles of a joint symbol and its aliases. The primary key makes
-- each key name one document only.
CREATE TABLE document_symbol (
    key         VARCHAR(300) COLLATE "C" PRIMARY KEY,
    document_id BIGINT       NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    symbol      VARCHAR(300) NOT NULL,
    role        VARCHAR(10)  NOT NULL CHECK (role IN ('primary', 'joint', 'alias'))
);
CREATE INDEX document_symbol_document_idx ON document_symbol (document_id);

-- Relations stated about a document (the Add./Corr./Rev. family is computed from the symbols, never stored). The
-- target need not be catalogued yet, so it is kept by key, not by id.
CREATE TABLE document_relation (
    document_id   BIGINT       NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    relation      VARCHAR(20)  NOT NULL CHECK (relation IN ('adopted-as', 'draft', 'replaces', 'replaced-by',
                                                             'cites', 'cited-by', 'related')),
    target_key    VARCHAR(300) COLLATE "C" NOT NULL,
    target_symbol VARCHAR(300) NOT NULL,
    PRIMARY KEY (document_id, relation, target_key)
);
CREATE INDEX document_relation_target_idx ON document_relation (target_key);
