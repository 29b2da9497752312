-- search_hits() as PL/pgSQL with one generic plan per statement. As an inlined SQL function it was planned
-- anew inside every search, all ten of its branches (the type is a parameter, pruned only at run time): 15 ms of
-- planning for 0.3 ms of work on 10,000 articles. PL/pgSQL keeps a statement's plan for the connection's life,
-- and force_generic_plan makes that one plan serve every query (else each of the first calls, and any whose
-- custom plan looks cheaper, is planned again): a pooled connection plans a type's hits once. The plan is the
-- one a custom plan takes (a bitmap scan of the GIN index); a search took 0.2 ms where it took 8-15.
CREATE OR REPLACE FUNCTION search_hits(search_type text, query tsquery) RETURNS TABLE (id text, rid bigint, score real)
LANGUAGE plpgsql STABLE SET plan_cache_mode = force_generic_plan AS $$
-- The output columns (id, rid, score) are variables here too: a bare column name means the column.
#variable_conflict use_column
BEGIN
  IF search_type = 'article' THEN
    RETURN QUERY
    SELECT f.id, f.rid, -ts_rank_cd('{0.1, 0, 0.4, 1}', f.document, query, 1)
      FROM articles_fts f JOIN public_articles t ON t.id = f.id WHERE f.document @@ query
    UNION ALL
    SELECT f.id, f.rid, -ts_rank_cd('{0.1, 0, 0.4, 1}', f.document, query, 1)
      FROM articles_fts f JOIN public_articles t ON t.id = f.id
      WHERE NOT f.document @@ query AND f.id IN (SELECT id FROM search_phrase_rows('article', query));
  ELSIF search_type = 'quote' THEN
    RETURN QUERY
    SELECT f.id, f.rid, -ts_rank_cd(f.document, query, 1)
      FROM quotes_fts f JOIN quotes t ON t.id = f.id
      WHERE f.document @@ query AND t.article_id IN (SELECT id FROM public_articles)
    UNION ALL
    SELECT f.id, f.rid, -ts_rank_cd(f.document, query, 1)
      FROM quotes_fts f JOIN quotes t ON t.id = f.id
      WHERE NOT f.document @@ query AND f.id IN (SELECT id FROM search_phrase_rows('quote', query))
      AND t.article_id IN (SELECT id FROM public_articles);
  ELSIF search_type = 'person' THEN
    RETURN QUERY
    SELECT f.id, f.rid, -ts_rank_cd('{0, 0, 0.6, 1}', f.document, query, 1)
      FROM people_fts f JOIN public_people t ON t.id = f.id WHERE f.document @@ query
    UNION ALL
    SELECT f.id, f.rid, -ts_rank_cd('{0, 0, 0.6, 1}', f.document, query, 1)
      FROM people_fts f JOIN public_people t ON t.id = f.id
      WHERE NOT f.document @@ query AND f.id IN (SELECT id FROM search_phrase_rows('person', query));
  ELSIF search_type = 'place' THEN
    RETURN QUERY
    SELECT f.id, f.rid, -ts_rank_cd('{0, 0, 0.6, 1}', f.document, query, 1)
      FROM places_fts f JOIN public_places t ON t.id = f.id WHERE f.document @@ query
    UNION ALL
    SELECT f.id, f.rid, -ts_rank_cd('{0, 0, 0.6, 1}', f.document, query, 1)
      FROM places_fts f JOIN public_places t ON t.id = f.id
      WHERE NOT f.document @@ query AND f.id IN (SELECT id FROM search_phrase_rows('place', query));
  ELSIF search_type = 'organisation' THEN
    RETURN QUERY
    SELECT f.id, f.rid, -ts_rank_cd('{0, 0, 0.6, 1}', f.document, query, 1)
      FROM organisations_fts f JOIN public_organisations t ON t.id = f.id WHERE f.document @@ query
    UNION ALL
    SELECT f.id, f.rid, -ts_rank_cd('{0, 0, 0.6, 1}', f.document, query, 1)
      FROM organisations_fts f JOIN public_organisations t ON t.id = f.id
      WHERE NOT f.document @@ query AND f.id IN (SELECT id FROM search_phrase_rows('organisation', query));
  END IF;
END $$;
