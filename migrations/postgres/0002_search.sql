-- Full-text search on PostgreSQL: what SQLite does with FTS5 (migrations 0003, 0018; src/resources/search/*),
-- with tsvector, in the transaction of each write, by triggers, as the previous migration does the rest.
--
-- Tokens. SQLite's tokenizer (unicode61, remove_diacritics 2) reads runs of letters and digits, folds case in
-- every script and drops diacritics, and stems nothing. search_vector() does the same: search_text() turns
-- every run of other characters into a space and lower-cases with ICU (the database's own ctype is "C", whose
-- lower() folds ASCII only), then the `dateline` text search configuration (a copy of `simple`: no stemming,
-- no stop words) strips diacritics with the unaccent dictionary. Queries are made of the same lexemes
-- (search_query()), so `kyiv` finds Kyïv and `cafe` café.
--
-- The index. One table per searchable table, `<table>_fts` as in SQLite: the row's id, a `rid` and its
-- tsvector, with a GIN index. The columns are weighted as bm25's weights in search/repository.ts are:
-- headline A, standfirst B, plain text D (ts_rank_cd's weights 1, 0.4, 0.1: SQLite's 10, 4, 1); name A,
-- aliases B (1, 0.6: SQLite's 10, 6). A side table rather than a generated column on the table itself: the
-- tables stay column for column those of SQLite (and their `SELECT *` views), a status change does not
-- re-tokenise a long article (PostgreSQL recomputes stored generated columns on every update), and the
-- index holds the one thing PostgreSQL lacks for the search's stable order: SQLite's rowid. `rid` is the
-- order rows were created in, and never changes, as a rowid of a table with a text key; the search pages by
-- (score, type, rid) on both stores.
--
-- Snippets. A snippet is made by reading the text again, so, as with FTS5's snippet(), a long text would cost
-- every search that shows it. `search_passages` holds the passages of long rows (src/lib/passages.ts,
-- ported as text_passages()), keyed by (resource_type, resource_id, n) where SQLite packs type, rowid and
-- passage number into the FTS5 rowid; a hit's snippet comes from its first matching passage.
--
-- What the app calls (the SQL of the SQLite repository, per store):
--   search_query(q, prefix)             what the user typed as a tsquery: plain words, each a prefix when
--                                       `prefix` (entities, for autocomplete), else FTS5's syntax ("phrase",
--                                       word*, AND, OR, NOT, parentheses), then the aliases of a name;
--                                       SQLSTATE 42D01 with FTS5's wording when it does not parse (the 400).
--   search_hits(type, query)            the public hits of a type: id, rid, score (lower is better, as bm25):
--                                       SELECT … FROM search_hits('article', $1::tsquery) WHERE <keyset>
--                                       ORDER BY score, rid LIMIT $2. Pass the tsquery search_query() made as
--                                       a value (its text), not the call: search_hits is inlined, and a call
--                                       in its place would run once per candidate row (3.6 s instead of 0.11 s
--                                       for a word in all of 20,000 articles).
--   search_snippet(type, id, query)     the hit's snippet, matches between U+E000 and U+E001, '…' where the
--                                       text goes on: what FTS5's snippet() gives search/repository.ts (made by
--                                       search_headline(), not ts_headline: see there why).
--   list filters (`q=`)                 <table>.id IN (SELECT id FROM <table>_fts WHERE document @@ $1)
--   name_suggestions(type, typed, n)    autocomplete on names with pg_trgm: prefix matches first, then names
--                                       alike, diacritics and case ignored.
--
-- Ranking differs from FTS5's bm25: ts_rank_cd scores how densely the query's terms cover the text (terms
-- near each other score more) and how often they occur, with no inverse document frequency (a rare word
-- weighs no more than a common one) and a milder length normalisation (rank / (1 + log(length))). Scores are
-- returned negated, so "lower is better" holds on both stores, but their scale differs. Also: a tsvector
-- records at most 256 positions of a lexeme and none beyond 16,383, so a phrase far into a very long article
-- may not be found on PostgreSQL; the passages still find its snippet.

CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION dateline (COPY = simple);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION dateline
  ALTER MAPPING FOR word, numword, hword, hword_part, numhword, hword_numpart WITH unaccent, simple;
--> statement-breakpoint

-- unaccent() is STABLE (its rules file could change); indexes need an IMMUTABLE one, so this names its
-- dictionary and schema outright.
CREATE FUNCTION dateline_unaccent(body text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, body) $$;
--> statement-breakpoint
-- Runs of letters and digits, lower-cased in every script: the words SQLite's unicode61 tokenizer sees.
CREATE FUNCTION search_text(body text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT lower(regexp_replace(coalesce(body, '') COLLATE "und-x-icu", '[^[:alnum:]]+', ' ', 'g'))
$$;
--> statement-breakpoint
CREATE FUNCTION search_vector(body text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT to_tsvector('public.dateline', public.search_text(body)) $$;
--> statement-breakpoint
-- A name as terms.ts's fold() compares names: no diacritics, lower case, single spaces.
CREATE FUNCTION search_fold(name text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT btrim(regexp_replace(lower(public.dateline_unaccent(name) COLLATE "und-x-icu"), '\s+', ' ', 'g'))
$$;
--> statement-breakpoint

CREATE TABLE articles_fts (
  rid bigint GENERATED ALWAYS AS IDENTITY,
  id text PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  document tsvector NOT NULL
);
--> statement-breakpoint
CREATE TABLE quotes_fts (
  rid bigint GENERATED ALWAYS AS IDENTITY,
  id text PRIMARY KEY REFERENCES quotes(id) ON DELETE CASCADE,
  document tsvector NOT NULL
);
--> statement-breakpoint
CREATE TABLE people_fts (
  rid bigint GENERATED ALWAYS AS IDENTITY,
  id text PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
  document tsvector NOT NULL
);
--> statement-breakpoint
CREATE TABLE places_fts (
  rid bigint GENERATED ALWAYS AS IDENTITY,
  id text PRIMARY KEY REFERENCES places(id) ON DELETE CASCADE,
  document tsvector NOT NULL
);
--> statement-breakpoint
CREATE TABLE organisations_fts (
  rid bigint GENERATED ALWAYS AS IDENTITY,
  id text PRIMARY KEY REFERENCES organisations(id) ON DELETE CASCADE,
  document tsvector NOT NULL
);
--> statement-breakpoint
CREATE INDEX articles_fts_document_idx ON articles_fts USING gin (document);
--> statement-breakpoint
CREATE INDEX quotes_fts_document_idx ON quotes_fts USING gin (document);
--> statement-breakpoint
CREATE INDEX people_fts_document_idx ON people_fts USING gin (document);
--> statement-breakpoint
CREATE INDEX places_fts_document_idx ON places_fts USING gin (document);
--> statement-breakpoint
CREATE INDEX organisations_fts_document_idx ON organisations_fts USING gin (document);
--> statement-breakpoint
-- One table for every type, its text columns the union of theirs, as in SQLite; `document` is the
-- passage's own tsvector (a row's passages are few and read by key, so it needs no GIN index).
CREATE TABLE search_passages (
  resource_type text NOT NULL,
  resource_id text NOT NULL,
  n integer NOT NULL,
  cut integer NOT NULL,
  headline text,
  standfirst text,
  plain_text text,
  text text,
  name text,
  aliases text,
  document tsvector NOT NULL,
  PRIMARY KEY (resource_type, resource_id, n)
);
--> statement-breakpoint

-- src/lib/passages.ts's passagesOf(), in SQL: the passages of a row's columns, none when the row is short.
-- Lengths count characters where JavaScript counts UTF-16 units: only text with characters beyond U+FFFF
-- (emoji) is cut a little differently. The text is read through a window of a few passages, since
-- substr() on a long UTF-8 text walks it from its start each time.
CREATE FUNCTION text_passages(VARIADIC texts text[])
RETURNS TABLE (n integer, col integer, cut integer, passage text)
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  long_text constant integer := 4000;
  passage_length constant integer := 1000;
  overlap constant integer := 100;
  window_length constant integer := 16000;
  spaces constant text := '[\x01-\x20\u00a0]';
  body text;
  len integer;
  start integer;
  stop integer;
  lo integer;
  buffer text;
  buffer_start integer;
  piece text;
  tail text;
  region text;
  found_at integer;
BEGIN
  IF (SELECT coalesce(sum(length(t)), 0) FROM unnest(texts) t) <= long_text THEN RETURN; END IF;
  n := 0;
  FOR column_number IN 1 .. coalesce(array_length(texts, 1), 0) LOOP
    body := texts[column_number];
    CONTINUE WHEN body IS NULL OR body = '';
    len := length(body);
    start := 0;
    buffer := substr(body, 1, window_length);
    buffer_start := 0;
    LOOP
      IF start + passage_length + 1 > buffer_start + window_length THEN
        buffer := substr(body, start + 1, window_length);
        buffer_start := start;
      END IF;
      piece := substr(buffer, start - buffer_start + 1, passage_length);
      -- passageEnd(): at a space near the longest length, else at the length.
      IF start + passage_length >= len THEN
        stop := len;
      ELSE
        tail := substring(substr(piece, passage_length * 8 / 10 + 1) FROM '^.*' || spaces);
        stop := start + passage_length * 8 / 10 + coalesce(length(tail), passage_length * 2 / 10);
      END IF;
      col := column_number - 1;
      cut := (CASE WHEN start > 0 THEN 1 ELSE 0 END) | (CASE WHEN stop < len THEN 2 ELSE 0 END);
      passage := left(piece, stop - start);
      RETURN NEXT;
      n := n + 1;
      EXIT WHEN stop >= len;
      -- nextStart(): just after the first space in the last `overlap` characters, else where this one ends.
      lo := greatest(start + 1, stop - overlap);
      region := substr(piece, lo - start, stop - lo);
      found_at := length(substring(region FROM '^[^\x01-\x20\u00a0]*'));
      start := CASE WHEN found_at < length(region) THEN lo + found_at ELSE stop END;
    END LOOP;
  END LOOP;
END $$;
--> statement-breakpoint

-- A row's passages, rewritten: `columns` names the search_passages column of each text.
CREATE FUNCTION search_passages_write(kind text, id text, columns text[], texts text[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM search_passages WHERE resource_type = kind AND resource_id = id;
  -- Most rows are short: no passages, and no need to ask text_passages() for none.
  IF (SELECT coalesce(sum(length(t)), 0) FROM unnest(texts) t) <= 4000 THEN RETURN; END IF;
  INSERT INTO search_passages(resource_type, resource_id, n, cut, headline, standfirst, plain_text, text, name, aliases, document)
  SELECT kind, id, p.n, p.cut,
    CASE columns[p.col + 1] WHEN 'headline' THEN p.passage END,
    CASE columns[p.col + 1] WHEN 'standfirst' THEN p.passage END,
    CASE columns[p.col + 1] WHEN 'plain_text' THEN p.passage END,
    CASE columns[p.col + 1] WHEN 'text' THEN p.passage END,
    CASE columns[p.col + 1] WHEN 'name' THEN p.passage END,
    CASE columns[p.col + 1] WHEN 'aliases' THEN p.passage END,
    search_vector(p.passage)
  FROM text_passages(VARIADIC texts) p;
END $$;
--> statement-breakpoint

-- The index entry and passages of a new or changed row of TG_ARGV[0]'s table. (Deleting the row deletes its
-- index entry by cascade, and its passages by the trigger after this one.)
CREATE FUNCTION search_index() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  indexed tsvector;
  columns text[];
  texts text[];
BEGIN
  -- Nested IFs: PL/pgSQL plans each expression whole, and NEW has only its own table's columns.
  IF TG_ARGV[0] = 'article' THEN
    columns := ARRAY['headline', 'standfirst', 'plain_text'];
    texts := ARRAY[NEW.headline, NEW.standfirst, NEW.plain_text];
    indexed := setweight(search_vector(NEW.headline), 'A') || setweight(search_vector(NEW.standfirst), 'B')
      || search_vector(NEW.plain_text);
  ELSIF TG_ARGV[0] = 'quote' THEN
    columns := ARRAY['text'];
    texts := ARRAY[NEW.text];
    indexed := search_vector(NEW.text);
  ELSE
    columns := ARRAY['name', 'aliases'];
    texts := ARRAY[NEW.name, NEW.aliases::text];
    indexed := setweight(search_vector(NEW.name), 'A') || setweight(search_vector(NEW.aliases::text), 'B');
  END IF;
  -- Static statements (not EXECUTE), so that each keeps its plan.
  IF TG_OP = 'INSERT' THEN
    CASE TG_ARGV[0]
      WHEN 'article' THEN INSERT INTO articles_fts(id, document) VALUES (NEW.id, indexed);
      WHEN 'quote' THEN INSERT INTO quotes_fts(id, document) VALUES (NEW.id, indexed);
      WHEN 'person' THEN INSERT INTO people_fts(id, document) VALUES (NEW.id, indexed);
      WHEN 'place' THEN INSERT INTO places_fts(id, document) VALUES (NEW.id, indexed);
      ELSE INSERT INTO organisations_fts(id, document) VALUES (NEW.id, indexed);
    END CASE;
  ELSE
    CASE TG_ARGV[0]
      WHEN 'article' THEN UPDATE articles_fts f SET document = indexed WHERE f.id = NEW.id;
      WHEN 'quote' THEN UPDATE quotes_fts f SET document = indexed WHERE f.id = NEW.id;
      WHEN 'person' THEN UPDATE people_fts f SET document = indexed WHERE f.id = NEW.id;
      WHEN 'place' THEN UPDATE places_fts f SET document = indexed WHERE f.id = NEW.id;
      ELSE UPDATE organisations_fts f SET document = indexed WHERE f.id = NEW.id;
    END CASE;
  END IF;
  PERFORM search_passages_write(TG_ARGV[0], NEW.id, columns, texts);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION search_passages_delete() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM search_passages WHERE resource_type = TG_ARGV[0] AND resource_id = OLD.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- SQLite reindexes when a searchable column is SET; these, only when one is SET to something else.
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles FOR EACH ROW EXECUTE FUNCTION search_index('article');
--> statement-breakpoint
CREATE TRIGGER articles_fts_update AFTER UPDATE OF headline, standfirst, plain_text ON articles FOR EACH ROW
WHEN (OLD.headline IS DISTINCT FROM NEW.headline OR OLD.standfirst IS DISTINCT FROM NEW.standfirst
  OR OLD.plain_text IS DISTINCT FROM NEW.plain_text)
EXECUTE FUNCTION search_index('article');
--> statement-breakpoint
CREATE TRIGGER articles_passages_delete AFTER DELETE ON articles FOR EACH ROW EXECUTE FUNCTION search_passages_delete('article');
--> statement-breakpoint
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes FOR EACH ROW EXECUTE FUNCTION search_index('quote');
--> statement-breakpoint
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text ON quotes FOR EACH ROW
WHEN (OLD.text IS DISTINCT FROM NEW.text) EXECUTE FUNCTION search_index('quote');
--> statement-breakpoint
CREATE TRIGGER quotes_passages_delete AFTER DELETE ON quotes FOR EACH ROW EXECUTE FUNCTION search_passages_delete('quote');
--> statement-breakpoint
CREATE TRIGGER people_fts_insert AFTER INSERT ON people FOR EACH ROW EXECUTE FUNCTION search_index('person');
--> statement-breakpoint
CREATE TRIGGER people_fts_update AFTER UPDATE OF name, aliases ON people FOR EACH ROW
WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.aliases::text IS DISTINCT FROM NEW.aliases::text)
EXECUTE FUNCTION search_index('person');
--> statement-breakpoint
CREATE TRIGGER people_passages_delete AFTER DELETE ON people FOR EACH ROW EXECUTE FUNCTION search_passages_delete('person');
--> statement-breakpoint
CREATE TRIGGER places_fts_insert AFTER INSERT ON places FOR EACH ROW EXECUTE FUNCTION search_index('place');
--> statement-breakpoint
CREATE TRIGGER places_fts_update AFTER UPDATE OF name, aliases ON places FOR EACH ROW
WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.aliases::text IS DISTINCT FROM NEW.aliases::text)
EXECUTE FUNCTION search_index('place');
--> statement-breakpoint
CREATE TRIGGER places_passages_delete AFTER DELETE ON places FOR EACH ROW EXECUTE FUNCTION search_passages_delete('place');
--> statement-breakpoint
CREATE TRIGGER organisations_fts_insert AFTER INSERT ON organisations FOR EACH ROW EXECUTE FUNCTION search_index('organisation');
--> statement-breakpoint
CREATE TRIGGER organisations_fts_update AFTER UPDATE OF name, aliases ON organisations FOR EACH ROW
WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.aliases::text IS DISTINCT FROM NEW.aliases::text)
EXECUTE FUNCTION search_index('organisation');
--> statement-breakpoint
CREATE TRIGGER organisations_passages_delete AFTER DELETE ON organisations FOR EACH ROW EXECUTE FUNCTION search_passages_delete('organisation');
--> statement-breakpoint

-- SQLite deletes an article's quotes (ON DELETE CASCADE) before the article's AFTER DELETE triggers run, in
-- rowid order, so the feed has the quotes' deletions first; PostgreSQL cascades after them. Deleting them
-- first, one by one in rid (rowid) order, numbers the changes as SQLite does.
CREATE FUNCTION articles_quotes_go_first() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  quote_id text;
BEGIN
  FOR quote_id IN SELECT q.id FROM quotes q JOIN quotes_fts f ON f.id = q.id WHERE q.article_id = OLD.id ORDER BY f.rid LOOP
    DELETE FROM quotes WHERE id = quote_id;
  END LOOP;
  RETURN OLD;
END $$;
--> statement-breakpoint
CREATE TRIGGER articles_quotes_go_first BEFORE DELETE ON articles FOR EACH ROW EXECUTE FUNCTION articles_quotes_go_first();
--> statement-breakpoint

-- pg_trgm for autocomplete on names: the folded name, indexed by its trigrams.
CREATE INDEX people_name_trgm_idx ON people USING gin (search_fold(name) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX places_name_trgm_idx ON places USING gin (search_fold(name) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX organisations_name_trgm_idx ON organisations USING gin (search_fold(name) gin_trgm_ops);
--> statement-breakpoint

-- The tsquery operand for a phrase of words (`'a' <-> 'b'`), its last word a prefix when asked; null when the
-- phrase has no word (FTS5 leaves such a phrase out of an AND, and a query of nothing but it matches nothing).
CREATE FUNCTION search_phrase(words text, prefix boolean) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT '(' || string_agg(quote_literal(w), ' <-> ' ORDER BY i) || CASE WHEN prefix THEN ':*' ELSE '' END || ')'
  FROM regexp_split_to_table(btrim(dateline_unaccent(search_text(words))), ' +') WITH ORDINALITY AS t(w, i)
  WHERE w <> ''
$$;
--> statement-breakpoint
-- Letters, digits, spaces, hyphens and apostrophes only: terms.ts's PLAIN_WORDS.
CREATE FUNCTION search_is_plain(q text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT (q COLLATE "und-x-icu") ~ '^[[:alpha:][:digit:][:space:]''’-]+$' $$;
--> statement-breakpoint
-- FTS5's wording: `syntax error near "x"` (near "" at the end of the query), or `unterminated string`.
CREATE FUNCTION search_syntax_error(near text) RETURNS tsquery
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '%', CASE WHEN near IS NULL THEN 'unterminated string' ELSE format('syntax error near "%s"', near) END
    USING ERRCODE = '42D01';
END $$;
--> statement-breakpoint

-- terms.ts's asWords() and FTS5's query syntax, as a tsquery. Plain words are phrases one by one (a prefix
-- each when `prefix`); anything else is read as FTS5 reads it: "phrases", barewords, word* prefixes, AND,
-- OR, NOT (binary: a NOT b), parentheses. Precedence as FTS5's: adjacent phrases bind first, then NOT, AND,
-- OR; a NOT b becomes a & !b, which is the same under tsquery's precedence (!, &, |). FTS5's NEAR groups,
-- column filters and ^ are refused with a syntax error (42D01), as any malformed query is.
CREATE FUNCTION search_terms(q text, prefix boolean) RETURNS tsquery
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  nothing constant text := ''' '''; -- a lexeme no text has (indexed text is words and single spaces)
  expr text := '';
  token text[];
  previous text := 'start';
  in_run boolean := false;
  word text;
  operand text;
  depth integer := 0;
BEGIN
  IF search_is_plain(q) THEN
    SELECT string_agg(search_phrase(w, prefix), ' & ') INTO expr FROM regexp_split_to_table(btrim(q), '\s+') w;
    RETURN coalesce(expr, nothing)::tsquery;
  END IF;
  FOR token IN
    SELECT regexp_matches(q, '"((?:[^"]|"")*)("?)(\*?)|([()])|([^\s\x21-\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7e]+)(\*?)|(\S)', 'g')
  LOOP
    word := coalesce(token[5], '');
    IF token[1] IS NOT NULL OR (token[5] IS NOT NULL AND (word NOT IN ('AND', 'OR', 'NOT', 'NEAR') OR token[6] <> '')) THEN
      IF token[1] IS NOT NULL AND token[2] = '' THEN RETURN search_syntax_error(NULL); END IF;
      IF previous = 'close' THEN RETURN search_syntax_error(coalesce(token[5], '"' || token[1])); END IF;
      operand := CASE WHEN token[1] IS NOT NULL THEN search_phrase(replace(token[1], '""', '"'), token[3] = '*')
        ELSE search_phrase(word, token[6] = '*') END;
      IF previous <> 'operand' THEN
        expr := expr || '(' || coalesce(operand, nothing);
        in_run := true;
      ELSIF operand IS NOT NULL THEN
        -- An empty phrase beside others is left out, as FTS5 does; the run's first stands for nothing.
        expr := regexp_replace(expr, '\(' || nothing || '$', '(') || CASE WHEN expr ~ ('\(' || nothing || '$') THEN '' ELSE ' & ' END || operand;
      END IF;
      previous := 'operand';
      CONTINUE;
    END IF;
    IF in_run THEN expr := expr || ')'; in_run := false; END IF;
    IF word = 'NEAR' THEN RETURN search_syntax_error('NEAR'); END IF;
    IF token[7] IS NOT NULL THEN RETURN search_syntax_error(token[7]); END IF;
    IF word <> '' THEN
      IF previous NOT IN ('operand', 'close') THEN RETURN search_syntax_error(word); END IF;
      expr := expr || CASE word WHEN 'AND' THEN ' & ' WHEN 'OR' THEN ' | ' ELSE ' & !' END;
      previous := 'operator';
    ELSIF token[4] = '(' THEN
      IF previous IN ('operand', 'close') THEN RETURN search_syntax_error('('); END IF;
      expr := expr || '(';
      depth := depth + 1;
      previous := 'open';
    ELSE
      IF previous NOT IN ('operand', 'close') OR depth = 0 THEN RETURN search_syntax_error(')'); END IF;
      expr := expr || ')';
      depth := depth - 1;
      previous := 'close';
    END IF;
  END LOOP;
  IF in_run THEN expr := expr || ')'; END IF;
  IF previous NOT IN ('operand', 'close') OR depth > 0 THEN RETURN search_syntax_error(''); END IF;
  RETURN expr::tsquery;
END $$;
--> statement-breakpoint

-- terms.ts's withAliases(): when the whole query is a name or alias of a public person, place or organisation,
-- it also matches the entity's other names, each as a phrase.
CREATE FUNCTION search_with_aliases(q text, terms tsquery) RETURNS tsquery
LANGUAGE plpgsql STABLE AS $$
DECLARE
  wanted text := search_fold(regexp_replace(q, '^"(.*)"$', '\1'));
  named tsquery;
  other text;
BEGIN
  IF wanted IS NULL OR wanted = '' OR NOT search_is_plain(wanted) THEN RETURN terms; END IF;
  named := search_phrase(wanted, false)::tsquery;
  FOR other IN
    WITH entities AS (
      (SELECT t.name, t.aliases FROM people_fts f JOIN public_people t ON t.id = f.id WHERE f.document @@ named LIMIT 20)
      UNION ALL (SELECT t.name, t.aliases FROM places_fts f JOIN public_places t ON t.id = f.id WHERE f.document @@ named LIMIT 20)
      UNION ALL (SELECT t.name, t.aliases FROM organisations_fts f JOIN public_organisations t ON t.id = f.id WHERE f.document @@ named LIMIT 20)
    ), names AS (
      SELECT e.name AS entity, every_name
      FROM entities e, LATERAL (SELECT e.name UNION ALL SELECT json_array_elements_text(e.aliases)) AS n(every_name)
    )
    SELECT DISTINCT every_name FROM names
    WHERE entity IN (SELECT entity FROM names WHERE search_fold(every_name) = wanted) AND search_fold(every_name) <> wanted
  LOOP
    terms := terms || search_phrase(other, false)::tsquery;
  END LOOP;
  RETURN terms;
END $$;
--> statement-breakpoint

-- What the app searches with: terms.ts's ftsQuery().
CREATE FUNCTION search_query(q text, prefix boolean DEFAULT false) RETURNS tsquery
LANGUAGE sql STABLE AS $$ SELECT search_with_aliases(q, search_terms(q, prefix)) $$;
--> statement-breakpoint

-- The public hits of one type for a query: id, rid and score (negated ts_rank_cd: lower is better, as bm25).
-- One SQL statement, so that PostgreSQL inlines it into the caller's ORDER BY and LIMIT.
CREATE FUNCTION search_hits(search_type text, query tsquery) RETURNS TABLE (id text, rid bigint, score real)
LANGUAGE sql STABLE AS $$
  SELECT f.id, f.rid, -ts_rank_cd('{0.1, 0, 0.4, 1}', f.document, query, 1)
  FROM articles_fts f JOIN public_articles t ON t.id = f.id WHERE search_type = 'article' AND f.document @@ query
  UNION ALL
  -- What public_quotes says, with the public articles collected once (as search/repository.ts does).
  SELECT f.id, f.rid, -ts_rank_cd(f.document, query, 1)
  FROM quotes_fts f JOIN quotes t ON t.id = f.id
  WHERE search_type = 'quote' AND f.document @@ query AND t.article_id IN (SELECT id FROM public_articles)
  UNION ALL
  SELECT f.id, f.rid, -ts_rank_cd('{0, 0, 0.6, 1}', f.document, query, 1)
  FROM people_fts f JOIN public_people t ON t.id = f.id WHERE search_type = 'person' AND f.document @@ query
  UNION ALL
  SELECT f.id, f.rid, -ts_rank_cd('{0, 0, 0.6, 1}', f.document, query, 1)
  FROM places_fts f JOIN public_places t ON t.id = f.id WHERE search_type = 'place' AND f.document @@ query
  UNION ALL
  SELECT f.id, f.rid, -ts_rank_cd('{0, 0, 0.6, 1}', f.document, query, 1)
  FROM organisations_fts f JOIN public_organisations t ON t.id = f.id WHERE search_type = 'organisation' AND f.document @@ query
$$;
--> statement-breakpoint

-- Any one of a query's words: for choosing a snippet when no one passage holds the whole query (terms.ts's
-- anyTermOf(), by word: a phrase's words count one by one).
CREATE FUNCTION search_any_term(query tsquery) RETURNS tsquery
LANGUAGE sql IMMUTABLE AS $$
  SELECT string_agg(DISTINCT m[1], ' | ')::tsquery FROM regexp_matches(query::text, '(''(?:[^'']|'''')*''(?::\*)?)', 'g') m
$$;
--> statement-breakpoint

-- FTS5's snippet(), for one text: the stretch of 16 words with the most distinct terms of the query (then
-- the most matches), its matches between U+E000 and U+E001, and '…' where the text goes on before or after
-- it (`cut`: the passage itself is cut from a longer text). Not ts_headline: in this database's "C" ctype its
-- parser reads any non-ASCII character as a letter, so “Zelensky” or «Kyiv» is one word that matches
-- nothing, and it folds no non-ASCII capital; this splits the text into words as search_text() does, so it
-- marks exactly the words the index holds.
CREATE FUNCTION search_headline(body text, query tsquery, cut integer DEFAULT 0) RETURNS text
LANGUAGE plpgsql STABLE AS $$
DECLARE
  width constant integer := 16;
  runs text[];
  word_runs integer[] := '{}';
  lexemes text[] := '{}';
  hits boolean[] := '{}';
  exact text[];
  prefixes text[];
  total integer;
  first_word integer := 1;
  best integer := -1;
  score integer;
  first_hit integer;
  last_hit integer;
  from_word integer;
  to_word integer;
  shown text := '';
  lexeme text;
BEGIN
  -- The query's terms, but those it negates: each lexeme, and whether it is a prefix.
  SELECT array_agg(replace(m[1], '''''', '''')) FILTER (WHERE m[2] IS NULL),
         array_agg(replace(m[1], '''''', '''')) FILTER (WHERE m[2] IS NOT NULL)
  INTO exact, prefixes
  FROM regexp_matches(query::text, '(?:^|[^!])''((?:[^'']|'''')*)''(:\*)?', 'g') m;
  -- The text as runs of letters and digits (words) and of anything else; together they are the text.
  SELECT array_agg(coalesce(r[1], r[2]) ORDER BY i) INTO runs
  FROM regexp_matches(body COLLATE "und-x-icu", '([[:alnum:]]+)|([^[:alnum:]]+)', 'g') WITH ORDINALITY AS t(r, i);
  FOR i IN 1 .. coalesce(array_length(runs, 1), 0) LOOP
    CONTINUE WHEN (runs[i] COLLATE "und-x-icu") !~ '^[[:alnum:]]';
    lexeme := lower(dateline_unaccent(lower(runs[i] COLLATE "und-x-icu")));
    word_runs := word_runs || i;
    lexemes := lexemes || lexeme;
    hits := hits || (lexeme = ANY (coalesce(exact, '{}'))
      OR EXISTS (SELECT 1 FROM unnest(prefixes) p WHERE starts_with(lexeme, p)));
  END LOOP;
  total := coalesce(array_length(word_runs, 1), 0);
  IF total = 0 THEN RETURN coalesce(body, ''); END IF;
  -- The best window starting at a match, then moved to centre its matches (as FTS5 does).
  FOR i IN 1 .. total LOOP
    CONTINUE WHEN NOT hits[i];
    SELECT 1000 * count(DISTINCT lexemes[w]) + count(*), min(w), max(w) INTO score, first_hit, last_hit
    FROM generate_series(i, least(i + width - 1, total)) w WHERE hits[w];
    IF score > best THEN
      best := score;
      first_word := greatest(1, least(first_hit - (width - (last_hit - first_hit + 1)) / 2, total - width + 1));
    END IF;
  END LOOP;
  from_word := first_word;
  to_word := least(first_word + width - 1, total);
  FOR w IN from_word .. to_word LOOP
    shown := shown || CASE WHEN hits[w] THEN chr(57344) || runs[word_runs[w]] || chr(57345) ELSE runs[word_runs[w]] END;
    IF w < to_word THEN
      shown := shown || array_to_string(runs[word_runs[w] + 1 : word_runs[w + 1] - 1], '');
    END IF;
  END LOOP;
  -- What lies before the first word and after the last belongs to the snippet when the text ends there.
  IF from_word = 1 THEN shown := array_to_string(runs[1 : word_runs[1] - 1], '') || shown; END IF;
  IF to_word = total THEN shown := shown || array_to_string(runs[word_runs[total] + 1 :], ''); END IF;
  RETURN CASE WHEN from_word > 1 OR cut & 1 <> 0 THEN '…' ELSE '' END || regexp_replace(shown, '^\s+|\s+$', '', 'g')
    || CASE WHEN to_word < total OR cut & 2 <> 0 THEN '…' ELSE '' END;
END $$;
--> statement-breakpoint

-- search/snippets.ts's snippetOf(): the snippet of a hit. A long row's from its first passage that matches
-- the query, else its first with any of its words, else its opening; a short row's from its first column
-- that matches the query (FTS5's snippet() picks its best column), else any of its words.
CREATE FUNCTION search_snippet(search_type text, resource_id text, query tsquery) RETURNS text
LANGUAGE plpgsql STABLE AS $$
DECLARE
  any_term tsquery := search_any_term(query);
  passage search_passages;
  texts text[];
  body text;
BEGIN
  IF EXISTS (SELECT 1 FROM search_passages p WHERE p.resource_type = search_type AND p.resource_id = search_snippet.resource_id) THEN
    SELECT * INTO passage FROM search_passages p
    WHERE p.resource_type = search_type AND p.resource_id = search_snippet.resource_id AND p.document @@ query ORDER BY p.n LIMIT 1;
    IF NOT FOUND AND any_term IS NOT NULL THEN
      SELECT * INTO passage FROM search_passages p
      WHERE p.resource_type = search_type AND p.resource_id = search_snippet.resource_id AND p.document @@ any_term ORDER BY p.n LIMIT 1;
    END IF;
    IF passage.n IS NOT NULL THEN
      RETURN search_headline(coalesce(passage.headline, passage.standfirst, passage.plain_text, passage.text, passage.name, passage.aliases), query, passage.cut);
    END IF;
    SELECT coalesce(p.headline, p.standfirst, p.plain_text, p.text, p.name, p.aliases) INTO body FROM search_passages p
    WHERE p.resource_type = search_type AND p.resource_id = search_snippet.resource_id ORDER BY p.n LIMIT 1;
    RETURN regexp_replace(left(body, 120), '\s+\S*$', '') || '…';
  END IF;
  texts := CASE search_type
    WHEN 'article' THEN (SELECT ARRAY[a.headline, a.standfirst, a.plain_text] FROM articles a WHERE a.id = resource_id)
    WHEN 'quote' THEN (SELECT ARRAY[q.text] FROM quotes q WHERE q.id = resource_id)
    WHEN 'person' THEN (SELECT ARRAY[e.name, e.aliases::text] FROM people e WHERE e.id = resource_id)
    WHEN 'place' THEN (SELECT ARRAY[e.name, e.aliases::text] FROM places e WHERE e.id = resource_id)
    ELSE (SELECT ARRAY[e.name, e.aliases::text] FROM organisations e WHERE e.id = resource_id)
  END;
  FOREACH body IN ARRAY coalesce(texts, '{}') LOOP
    IF search_vector(body) @@ query THEN RETURN search_headline(body, query); END IF;
  END LOOP;
  IF any_term IS NOT NULL THEN
    FOREACH body IN ARRAY coalesce(texts, '{}') LOOP
      IF search_vector(body) @@ any_term THEN RETURN search_headline(body, any_term); END IF;
    END LOOP;
  END IF;
  RETURN '';
END $$;
--> statement-breakpoint

-- Autocomplete on names (pg_trgm): public people, places or organisations with a word of their folded name
-- starting with what was typed, or like it (word_similarity, for a typo), best first.
CREATE FUNCTION name_suggestions(search_type text, typed text, wanted integer) RETURNS TABLE (id text, name text, likeness real)
LANGUAGE sql STABLE AS $$
  WITH names AS (
    SELECT e.id, e.name FROM public_people e WHERE search_type = 'person'
    UNION ALL SELECT e.id, e.name FROM public_places e WHERE search_type = 'place'
    UNION ALL SELECT e.id, e.name FROM public_organisations e WHERE search_type = 'organisation'
  ), wanted_text AS (
    SELECT search_fold(typed) AS folded,
      replace(replace(replace(search_fold(typed), '\', '\\'), '%', '\%'), '_', '\_') || '%' AS starts
  )
  SELECT n.id, n.name, word_similarity(w.folded, search_fold(n.name))
  FROM names n, wanted_text w
  WHERE search_fold(n.name) LIKE w.starts OR search_fold(n.name) LIKE '% ' || w.starts OR w.folded <% search_fold(n.name)
  ORDER BY search_fold(n.name) LIKE w.starts DESC, 3 DESC, n.name, n.id
  LIMIT wanted
$$;
