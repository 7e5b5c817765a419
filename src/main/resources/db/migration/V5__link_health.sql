-- Link health (org.unsymbol.linkhealth): one row per checked URL, the catalogue's file URLs and the resolver's
-- template targets (ODS PDF and Word) of catalogued documents in the six languages. A URL is kept while nothing
-- refers to it any more: its history is cheap and a document may come back. next_check_at is both the schedule and a
-- claim: a checker moves it forward when it takes a row (FOR UPDATE SKIP LOCKED), so replicas never check the same
-- URL at once.
CREATE TABLE link_health (
    id                   BIGSERIAL PRIMARY KEY,
    url                  VARCHAR(2000) NOT NULL UNIQUE,
    host                 VARCHAR(255)  NOT NULL,
    source               VARCHAR(10)   NOT NULL CHECK (source IN ('catalogue', 'template')),
    document_key         VARCHAR(300)  COLLATE "C",
    lang                 VARCHAR(2),
    status               VARCHAR(10)   NOT NULL DEFAULT 'unchecked'
        CHECK (status IN ('unchecked', 'ok', 'missing', 'failing', 'refused')),
    http_status          INTEGER,
    content_kind         VARCHAR(10),
    detail               VARCHAR(500),
    final_url            VARCHAR(2000),
    consecutive_failures INTEGER       NOT NULL DEFAULT 0,
    checks               INTEGER       NOT NULL DEFAULT 0,
    oks                  INTEGER       NOT NULL DEFAULT 0,
    score                DOUBLE PRECISION,
    last_checked_at      TIMESTAMPTZ,
    last_ok_at           TIMESTAMPTZ,
    next_check_at        TIMESTAMPTZ   NOT NULL DEFAULT now(),
    created_at           TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX link_health_due_idx ON link_health (next_check_at);
CREATE INDEX link_health_checked_idx ON link_health (last_checked_at);
CREATE INDEX link_health_document_idx ON link_health (document_key);
