-- search_with_aliases() (0002_search) with one generic plan per connection, as search_hits() has since 0004.
-- Its one statement, the lookup of the entities a query names, was planned anew on every call: its custom
-- plan looks cheaper than the generic one, so PostgreSQL kept replanning a three-branch union over the public
-- views. That was most of what search_query() cost: 0.9 ms of a name-prefix list's 1.9 ms statement on
-- 100,000 articles. The plan is the one a custom plan takes (bitmap scans of the GIN indexes, 20 rows each).
ALTER FUNCTION search_with_aliases(text, tsquery) SET plan_cache_mode = force_generic_plan;
