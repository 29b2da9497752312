-- A page of search in two calls (src/resources/search/postgres.ts, postgres-snippets.ts), where it took some
-- thirty round trips: per type search_query() and search_hits(), then per hit its snippet. Both are PL/pgSQL
-- with one generic plan per connection, as search_hits() is since 0004: as plain statements they were planned
-- anew in every search (3 ms of planning for 1 ms of work). Nothing they answer differs from before.
--
--   search_page_hits(q, types, relations, after_scores, after_rids, wanted)
--       each type's best public hits, past where the previous page left it (relations[i]: null, 'from', 'after'
--       or 'tie', with after_scores[i] and after_rids[i], as search/store.ts's Keyset), at most `wanted` of
--       each, with the query they matched: search_query(q, false) for articles and quotes, (q, true) for names.
--       The query is read once for both: what the aliases add (search_with_aliases()) depends on q alone, and
--       looking them up was half the cost of each search_query() call.
--   search_page_texts(types, ids, queries)
--       what the page's snippets are made of, one row per hit (`k`, its place in the page): the query's terms
--       as search_headline() reads them, and a short row's texts in its index's column order, or the passage
--       of a long row search_snippet() would choose (its first matching the query, else its first with any of
--       its words), or failing both the opening search_snippet() shows. search/postgres-headline.ts makes the
--       headlines from them as search_headline() does, a statement per word cheaper.

CREATE FUNCTION search_page_hits(q text, types text[], relations text[], after_scores real[], after_rids bigint[], wanted integer)
RETURNS TABLE (hit_type text, hit_id text, hit_rid double precision, hit_score real, hit_query text)
LANGUAGE plpgsql STABLE SET plan_cache_mode = force_generic_plan AS $$
DECLARE
  plain tsquery := search_terms(q, false);
  prefixed tsquery := search_terms(q, true);
  -- search_with_aliases(), once for both queries.
  named_as text := search_fold(regexp_replace(q, '^"(.*)"$', '\1'));
  named tsquery;
  other text;
  query tsquery;
BEGIN
  IF named_as IS NOT NULL AND named_as <> '' AND search_is_plain(named_as) THEN
    named := search_phrase(named_as, false)::tsquery;
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
      WHERE entity IN (SELECT entity FROM names WHERE search_fold(every_name) = named_as) AND search_fold(every_name) <> named_as
    LOOP
      plain := plain || search_phrase(other, false)::tsquery;
      prefixed := prefixed || search_phrase(other, false)::tsquery;
    END LOOP;
  END IF;
  FOR i IN 1 .. coalesce(array_length(types, 1), 0) LOOP
    query := CASE WHEN types[i] IN ('article', 'quote') THEN plain ELSE prefixed END;
    RETURN QUERY
    SELECT types[i], h.id, h.rid::double precision, h.score, query::text
    FROM search_hits(types[i], query) h
    WHERE relations[i] IS NULL
      OR (relations[i] = 'from' AND h.score >= after_scores[i])
      OR (relations[i] = 'after' AND h.score > after_scores[i])
      OR (relations[i] = 'tie' AND (h.score > after_scores[i] OR (h.score = after_scores[i] AND h.rid > after_rids[i])))
    ORDER BY h.score, h.rid
    LIMIT wanted;
  END LOOP;
END $$;
--> statement-breakpoint

CREATE FUNCTION search_page_texts(types text[], ids text[], queries text[])
RETURNS TABLE (k integer, lexemes text[], prefixes text[], texts text[], passage text, cut integer, opening text)
LANGUAGE plpgsql STABLE SET plan_cache_mode = force_generic_plan AS $$
BEGIN
  RETURN QUERY
  WITH hit AS (
    SELECT h.n::integer AS n, h.type, h.id, h.query::tsquery AS query,
      EXISTS (SELECT 1 FROM search_passages p WHERE p.resource_type = h.type AND p.resource_id = h.id) AS long
    FROM unnest(types, ids, queries) WITH ORDINALITY AS h(type, id, query, n)
  )
  SELECT hit.n, terms.exact, terms.prefix,
    CASE WHEN NOT hit.long THEN CASE hit.type
      WHEN 'article' THEN (SELECT ARRAY[a.headline, a.standfirst, a.plain_text] FROM articles a WHERE a.id = hit.id)
      WHEN 'quote' THEN (SELECT ARRAY[q.text] FROM quotes q WHERE q.id = hit.id)
      WHEN 'person' THEN (SELECT ARRAY[e.name, e.aliases::text] FROM people e WHERE e.id = hit.id)
      WHEN 'place' THEN (SELECT ARRAY[e.name, e.aliases::text] FROM places e WHERE e.id = hit.id)
      ELSE (SELECT ARRAY[e.name, e.aliases::text] FROM organisations e WHERE e.id = hit.id)
    END END,
    coalesce(first_match.body, first_loose.body), coalesce(first_match.cut, first_loose.cut),
    CASE WHEN hit.long AND first_match.body IS NULL AND first_loose.body IS NULL THEN (
      SELECT regexp_replace(left(coalesce(p.headline, p.standfirst, p.plain_text, p.text, p.name, p.aliases), 120), '\s+\S*$', '') || '…'
      FROM search_passages p WHERE p.resource_type = hit.type AND p.resource_id = hit.id ORDER BY p.n LIMIT 1
    ) END
  FROM hit
  -- search_headline()'s terms: the query's lexemes but those it negates, and which are prefixes.
  CROSS JOIN LATERAL (
    SELECT array_agg(replace(m[1], '''''', '''')) FILTER (WHERE m[2] IS NULL) AS exact,
      array_agg(replace(m[1], '''''', '''')) FILTER (WHERE m[2] IS NOT NULL) AS prefix
    FROM regexp_matches(hit.query::text, '(?:^|[^!])''((?:[^'']|'''')*)''(:\*)?', 'g') m
  ) terms
  LEFT JOIN LATERAL (
    SELECT coalesce(p.headline, p.standfirst, p.plain_text, p.text, p.name, p.aliases) AS body, p.cut
    FROM search_passages p
    WHERE hit.long AND p.resource_type = hit.type AND p.resource_id = hit.id AND p.document @@ hit.query
    ORDER BY p.n LIMIT 1
  ) first_match ON TRUE
  LEFT JOIN LATERAL (
    SELECT coalesce(p.headline, p.standfirst, p.plain_text, p.text, p.name, p.aliases) AS body, p.cut
    FROM search_passages p
    WHERE hit.long AND first_match.body IS NULL AND p.resource_type = hit.type AND p.resource_id = hit.id
      AND p.document @@ search_any_term(hit.query)
    ORDER BY p.n LIMIT 1
  ) first_loose ON TRUE
  ORDER BY hit.n;
END $$;
