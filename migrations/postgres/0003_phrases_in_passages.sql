-- Phrases deep in long texts. A tsvector records no position beyond 16,383 and at most 256 positions of one
-- lexeme, so a phrase far into a long article ("finally spoke", or anything after the 256th "the") cannot
-- match the row's own vector, where FTS5 finds it. A long row's passages (search_passages) hold every phrase
-- shorter than their overlap whole, each passage in a vector of its own: a query with a phrase also looks
-- there. A query without one never does (the strpos() test is a one-time filter), so it costs them nothing.
CREATE INDEX search_passages_document_idx ON search_passages USING gin (document);
--> statement-breakpoint
-- The rows of a type with a passage matching a phrase query; none for a query without a phrase operator.
CREATE FUNCTION search_phrase_rows(search_type text, query tsquery) RETURNS TABLE (id text)
LANGUAGE sql STABLE AS $$
  SELECT DISTINCT resource_id FROM search_passages
  WHERE strpos(query::text, '<') > 0 AND resource_type = search_type AND document @@ query
$$;
--> statement-breakpoint
-- As in 0002_search, each type's public hits, now with a second branch for the rows only a passage matches
-- (scored against the row's vector, which holds their words but not the phrase: they rank after the rest).
CREATE OR REPLACE FUNCTION search_hits(search_type text, query tsquery) RETURNS TABLE (id text, rid bigint, score real)
LANGUAGE sql STABLE AS $$
  SELECT f.id, f.rid, -ts_rank_cd('{0.1, 0, 0.4, 1}', f.document, query, 1)
  FROM articles_fts f JOIN public_articles t ON t.id = f.id WHERE search_type = 'article' AND f.document @@ query
  UNION ALL
  SELECT f.id, f.rid, -ts_rank_cd('{0.1, 0, 0.4, 1}', f.document, query, 1)
  FROM articles_fts f JOIN public_articles t ON t.id = f.id
  WHERE search_type = 'article' AND NOT f.document @@ query AND f.id IN (SELECT id FROM search_phrase_rows('article', query))
  UNION ALL
  SELECT f.id, f.rid, -ts_rank_cd(f.document, query, 1)
  FROM quotes_fts f JOIN quotes t ON t.id = f.id
  WHERE search_type = 'quote' AND f.document @@ query AND t.article_id IN (SELECT id FROM public_articles)
  UNION ALL
  SELECT f.id, f.rid, -ts_rank_cd(f.document, query, 1)
  FROM quotes_fts f JOIN quotes t ON t.id = f.id
  WHERE search_type = 'quote' AND NOT f.document @@ query AND f.id IN (SELECT id FROM search_phrase_rows('quote', query))
    AND t.article_id IN (SELECT id FROM public_articles)
  UNION ALL
  SELECT f.id, f.rid, -ts_rank_cd('{0, 0, 0.6, 1}', f.document, query, 1)
  FROM people_fts f JOIN public_people t ON t.id = f.id WHERE search_type = 'person' AND f.document @@ query
  UNION ALL
  SELECT f.id, f.rid, -ts_rank_cd('{0, 0, 0.6, 1}', f.document, query, 1)
  FROM people_fts f JOIN public_people t ON t.id = f.id
  WHERE search_type = 'person' AND NOT f.document @@ query AND f.id IN (SELECT id FROM search_phrase_rows('person', query))
  UNION ALL
  SELECT f.id, f.rid, -ts_rank_cd('{0, 0, 0.6, 1}', f.document, query, 1)
  FROM places_fts f JOIN public_places t ON t.id = f.id WHERE search_type = 'place' AND f.document @@ query
  UNION ALL
  SELECT f.id, f.rid, -ts_rank_cd('{0, 0, 0.6, 1}', f.document, query, 1)
  FROM places_fts f JOIN public_places t ON t.id = f.id
  WHERE search_type = 'place' AND NOT f.document @@ query AND f.id IN (SELECT id FROM search_phrase_rows('place', query))
  UNION ALL
  SELECT f.id, f.rid, -ts_rank_cd('{0, 0, 0.6, 1}', f.document, query, 1)
  FROM organisations_fts f JOIN public_organisations t ON t.id = f.id WHERE search_type = 'organisation' AND f.document @@ query
  UNION ALL
  SELECT f.id, f.rid, -ts_rank_cd('{0, 0, 0.6, 1}', f.document, query, 1)
  FROM organisations_fts f JOIN public_organisations t ON t.id = f.id
  WHERE search_type = 'organisation' AND NOT f.document @@ query AND f.id IN (SELECT id FROM search_phrase_rows('organisation', query))
$$;
