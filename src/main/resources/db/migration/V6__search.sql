-- Title search as people search (issue 16): accent-insensitive (unaccent), stemmed in each title's own language
-- (PostgreSQL's snowball configurations), Chinese by overlapping character bigrams, the last word as a prefix, ranked.
--
-- unaccent is a "trusted" extension (PostgreSQL 13+): the database owner may create it without being a superuser.
-- pg_trgm is not used: its trigrams depend on the database's LC_CTYPE, and under "C" show_trgm('可持续发展') is empty,
-- whereas the text-search parser reads any non-ASCII letter as a letter in every locale, so Chinese is indexed here as
-- bigram words in the same tsvector and GIN index as every other language.
CREATE EXTENSION IF NOT EXISTS unaccent;

-- The functions use SQL-standard bodies (RETURN ...): parsed when created, with the dictionary and the functions
-- bound by OID, so they do not depend on the search_path of whoever calls them (a generated column, a restore).

-- unaccent(regdictionary, text) is only STABLE (the dictionary could change); the dictionary is fixed here, which
-- makes the wrapper safe to declare IMMUTABLE and so usable in a generated column and an index.
CREATE FUNCTION unsymbol_unaccent(t text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN unaccent('unaccent'::regdictionary, t);

-- Han runs become their overlapping bigrams, each a word, then the run's last character alone: '可持续' becomes
-- ' 可持 持续 续 '. A query of two or more characters is the phrase of its bigrams (a substring match), one character
-- a prefix (it starts a bigram or ends a run).
CREATE FUNCTION unsymbol_han_grams(t text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
    piece text;
    out   text := '';
BEGIN
    IF t !~ '[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]' THEN
        RETURN t;
    END IF;
    FOR piece IN SELECT m[1] FROM regexp_matches(t,
            '([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)', 'g') AS m LOOP
        IF piece ~ '^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]' THEN
            FOR i IN 1 .. length(piece) - 1 LOOP
                out := out || ' ' || substr(piece, i, 2);
            END LOOP;
            out := out || ' ' || substr(piece, length(piece), 1) || ' ';
        ELSE
            out := out || piece;
        END IF;
    END LOOP;
    RETURN out;
END
$$;

-- The text that is indexed and searched: accents off (é→e, ё→е, œ→oe, ß→ss), Arabic harakat and tatweel off, Han
-- runs as bigrams.
CREATE FUNCTION unsymbol_search_text(t text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN unsymbol_han_grams(regexp_replace(unsymbol_unaccent(t), '[\u064b-\u0652\u0670\u0640]', '', 'g'));

-- A language version's text-search configuration: snowball stemming where PostgreSQL has it.
CREATE FUNCTION unsymbol_ts_config(lang text) RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE lang
           WHEN 'en' THEN 'pg_catalog.english'::regconfig
           WHEN 'fr' THEN 'pg_catalog.french'::regconfig
           WHEN 'es' THEN 'pg_catalog.spanish'::regconfig
           WHEN 'ru' THEN 'pg_catalog.russian'::regconfig
           WHEN 'ar' THEN 'pg_catalog.arabic'::regconfig
           WHEN 'de' THEN 'pg_catalog.german'::regconfig
           ELSE 'pg_catalog.simple'::regconfig END;

-- A title's search vector: the words as written (accents off) at weight A, for exact and prefix matching, and their
-- stems in the title's language at weight B (ranked below an exact word). Chinese has no stems: its bigrams only.
CREATE FUNCTION unsymbol_title_tsv(lang text, title text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
           WHEN title IS NULL THEN ''::tsvector
           WHEN unsymbol_ts_config(lang) = 'pg_catalog.simple'::regconfig
               THEN setweight(to_tsvector('pg_catalog.simple', unsymbol_search_text(title)), 'A')
           ELSE setweight(to_tsvector('pg_catalog.simple', unsymbol_search_text(title)), 'A')
               || setweight(to_tsvector(unsymbol_ts_config(lang), unsymbol_search_text(title)), 'B') END;

-- One word of a query (letters, marks and digits only: the service splits the query into words): any of its stems in
-- the languages, or the word itself as written (accents off), each lexeme once; with prefix, also any word it begins.
-- A stop word of a language has no stem there ('the' in English, 'estado' in Spanish): it is then found as written,
-- so "report of the" asks for 'of' and 'the', which the titles' words as written hold.
CREATE FUNCTION unsymbol_word_query(w text, prefix boolean) RETURNS tsquery
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN (SELECT coalesce(string_agg(DISTINCT '''' || replace(replace(x.lexeme, '\', '\\'), '''', '''''') || '''',
                                   ' | '), '')
                   || CASE WHEN prefix AND f.folded <> ''
                               THEN ' | ''' || replace(replace(f.folded, '\', '\\'), '''', '''''') || ''':*'
                           ELSE '' END
        FROM (SELECT lower(btrim(unsymbol_search_text(w))) AS folded) AS f
        LEFT JOIN LATERAL unnest(tsvector_to_array(to_tsvector('pg_catalog.simple', f.folded)
                || to_tsvector('pg_catalog.english', f.folded) || to_tsvector('pg_catalog.french', f.folded)
                || to_tsvector('pg_catalog.spanish', f.folded) || to_tsvector('pg_catalog.russian', f.folded)
                || to_tsvector('pg_catalog.arabic', f.folded) || to_tsvector('pg_catalog.german', f.folded)))
            AS x(lexeme) ON true
        GROUP BY f.folded)::tsquery;

-- A run of Han characters in a query: the phrase of its bigrams, or one character as a prefix.
CREATE FUNCTION unsymbol_han_query(run text) RETURNS tsquery
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE
           WHEN length(run) = 1 THEN to_tsquery('pg_catalog.simple', '''' || run || ''':*')
           ELSE phraseto_tsquery('pg_catalog.simple',
                   (SELECT string_agg(substr(run, i, 2), ' ' ORDER BY i) FROM generate_series(1, length(run) - 1) AS i))
       END;

-- A quoted phrase of a query: its words as written (accents off), in order.
CREATE FUNCTION unsymbol_phrase_query(phrase text) RETURNS tsquery
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN phraseto_tsquery('pg_catalog.simple', unsymbol_search_text(phrase));

ALTER TABLE language_version DROP COLUMN title_tsv; -- its GIN index goes with it
ALTER TABLE language_version
    ADD COLUMN title_tsv TSVECTOR GENERATED ALWAYS AS (unsymbol_title_tsv(lang, title)) STORED;
CREATE INDEX language_version_title_tsv_idx ON language_version USING GIN (title_tsv);
