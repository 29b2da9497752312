-- What the SQLite store does with views and triggers (src/core/db/triggers.sql), done the PostgreSQL way.
--
-- One design on both stores: the database keeps its derived data itself, in the transaction of the write
-- that causes it, so no write path (the API, the seed, ingest, migrate-to-postgres, a psql session) can
-- forget it. The triggers are PL/pgSQL with the same names as SQLite's where there is one trigger for one
-- job; the rules they apply are SQLite's, rule for rule:
--   views         public_articles … public_quotes: what the public may see (src/core/db/visibility.ts);
--   change feed   one `changes` row per create, update and delete of an article, quote, person, place or
--                 organisation (a person's roles count as the person), each carrying its resource's
--                 visibility now (`public`, `gone` once it was public, else `hidden`), rewritten on all of
--                 the resource's rows whenever it changes; a change of an article's status is a change of
--                 each of its quotes;
--   ever_public   what has ever been public, so a withdrawn resource leaves a tombstone and a draft none;
--   article_places  every article × every place it mentions and every place around those, with the
--                 article's status and publication date;
--   article_documents  a stored article document is deleted whenever anything it shows changes;
--   a guard       a published or archived article needs a publication date.
-- The search index is the next migration.
--
-- Row or statement level, per trigger:
--   row level where each row is its own fact (a change row per changed row, in the order SQLite writes them;
--   ever_public; the guard, which must see NEW) or where the row has a WHEN condition worth testing first;
--   statement level, with transition tables, on mentions and quotes for the article document and (mentions)
--   article_places: ingest and the article writers replace an article's mentions and quotes in one statement
--   of dozens of rows, and SQLite's row triggers redo the same article's work once per row. The end state is
--   the same: each is recomputed from the tables as they are after the statement.
--
-- Order of the change log. SQLite writes one transaction at a time (BEGIN IMMEDIATE), so `seq` order is
-- commit order and the feed (and the cache purger, which follows `seq`) may read up to the last seq it sees.
-- PostgreSQL hands out identity values at insert time, so two concurrent writers could commit seq 11 before
-- seq 10, and a reader that saw 11 would skip 10 for ever. Every change row is therefore written under one
-- transaction-scoped advisory lock (dateline_write_lock()): writers of resources queue behind each other as
-- they do on SQLite, and seq order is commit order again. The app should take the lock first thing in a write
-- transaction (the equivalent of BEGIN IMMEDIATE), so a writer never holds row locks while it waits for it;
-- the triggers take it too, so no writer can skip it.
--
-- Time. `changed_at` is SQLite's strftime('%Y-%m-%dT%H:%M:%fZ', 'now'): UTC, milliseconds, a `Z`. It is read
-- with clock_timestamp() after the lock is held, not now(): now() is the transaction's start, and a
-- transaction that began before the previous writer committed (and waited for the lock) would stamp its
-- changes earlier than changes with smaller seqs; the feed's and Last-Modified's "latest change" (the last
-- seq's time) could then go backwards. SQLite's 'now' is fixed per statement; here one trigger's rows share
-- one reading, and two triggers of one statement may differ by a millisecond.
--
-- Errors. The guard raises SQLSTATE 23D01 (class 23, integrity constraint violation, as SQLite reports its
-- RAISE(ABORT) as SQLITE_CONSTRAINT_TRIGGER) with SQLite's message, and names the table and column.

CREATE VIEW public_articles AS SELECT * FROM articles WHERE status IN ('published', 'archived');
--> statement-breakpoint
CREATE VIEW public_organisations AS SELECT * FROM organisations WHERE NOT suggested;
--> statement-breakpoint
CREATE VIEW public_people AS SELECT * FROM people WHERE NOT suggested;
--> statement-breakpoint
CREATE VIEW public_places AS SELECT * FROM places WHERE NOT suggested;
--> statement-breakpoint
CREATE VIEW public_quotes AS SELECT q.* FROM quotes q
WHERE EXISTS (SELECT 1 FROM public_articles a WHERE a.id = q.article_id);
--> statement-breakpoint

-- Whether the public may see a resource now: the views, by resource type.
-- The helpers the triggers call are PL/pgSQL, not SQL functions: PL/pgSQL keeps each statement's plan for
-- the session, where a SQL function called from a trigger is planned again on every call (measured: three
-- times the cost of a trigger-heavy insert).
CREATE FUNCTION is_public(resource_type text, resource_id text) RETURNS boolean
LANGUAGE plpgsql STABLE AS $$
BEGIN
  -- One statement per type: a single CASE of five EXISTS would start all five subplans on every call.
  IF resource_type = 'article' THEN RETURN EXISTS (SELECT 1 FROM public_articles v WHERE v.id = resource_id);
  ELSIF resource_type = 'quote' THEN RETURN EXISTS (SELECT 1 FROM public_quotes v WHERE v.id = resource_id);
  ELSIF resource_type = 'person' THEN RETURN EXISTS (SELECT 1 FROM public_people v WHERE v.id = resource_id);
  ELSIF resource_type = 'place' THEN RETURN EXISTS (SELECT 1 FROM public_places v WHERE v.id = resource_id);
  END IF;
  RETURN EXISTS (SELECT 1 FROM public_organisations v WHERE v.id = resource_id);
END $$;
--> statement-breakpoint

-- The one lock every writer of the change log holds until it commits (see the top of this file). The key is
-- arbitrary and fixed; other advisory locks of the app must not use it.
CREATE FUNCTION dateline_write_lock() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(4415044181150072832);
END $$;
--> statement-breakpoint

-- Now, as SQLite's strftime('%Y-%m-%dT%H:%M:%fZ', 'now') writes it.
CREATE FUNCTION change_time() RETURNS text
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  RETURN to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
END $$;
--> statement-breakpoint

-- Every change row's visibility, and that of the resource's earlier rows: set before the row is written,
-- so the new row is not written twice (SQLite's trigger updates it after the insert).
CREATE FUNCTION changes_visibility() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  state text := CASE
    WHEN is_public(NEW.resource_type, NEW.resource_id) THEN 'public'
    WHEN EXISTS (SELECT 1 FROM ever_public e WHERE e.resource_type = NEW.resource_type AND e.resource_id = NEW.resource_id)
      THEN 'gone'
    ELSE 'hidden'
  END;
BEGIN
  NEW.visibility := state;
  UPDATE changes SET visibility = state
  WHERE resource_type = NEW.resource_type AND resource_id = NEW.resource_id AND visibility <> state;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER changes_visibility BEFORE INSERT ON changes FOR EACH ROW EXECUTE FUNCTION changes_visibility();
--> statement-breakpoint

-- A create, update or delete of the row, as a change of TG_ARGV[0]. An article whose status changes
-- changes each of its quotes too; SQLite writes those rows first (its trigger for them fires first), and so
-- does this, so both stores number them alike.
CREATE FUNCTION changes_record() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  stamp text;
BEGIN
  PERFORM dateline_write_lock();
  stamp := change_time();
  IF TG_OP = 'DELETE' THEN
    INSERT INTO changes(resource_type, resource_id, action, changed_at) VALUES (TG_ARGV[0], OLD.id, 'delete', stamp);
    RETURN NULL;
  END IF;
  -- Nested: PL/pgSQL plans a condition whole, and OLD has no status unless it is an article.
  IF TG_OP = 'UPDATE' AND TG_ARGV[0] = 'article' THEN
    IF OLD.status IS DISTINCT FROM NEW.status THEN
      INSERT INTO changes(resource_type, resource_id, action, changed_at)
      SELECT 'quote', q.id, 'update', stamp FROM quotes q WHERE q.article_id = NEW.id ORDER BY q.start_offset, q.id;
    END IF;
  END IF;
  INSERT INTO changes(resource_type, resource_id, action, changed_at)
  VALUES (TG_ARGV[0], NEW.id, CASE TG_OP WHEN 'INSERT' THEN 'create' ELSE 'update' END, stamp);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER articles_change_create AFTER INSERT ON articles FOR EACH ROW EXECUTE FUNCTION changes_record('article');
--> statement-breakpoint
CREATE TRIGGER articles_change_update AFTER UPDATE ON articles FOR EACH ROW EXECUTE FUNCTION changes_record('article');
--> statement-breakpoint
CREATE TRIGGER articles_change_delete AFTER DELETE ON articles FOR EACH ROW EXECUTE FUNCTION changes_record('article');
--> statement-breakpoint
CREATE TRIGGER quotes_change_create AFTER INSERT ON quotes FOR EACH ROW EXECUTE FUNCTION changes_record('quote');
--> statement-breakpoint
CREATE TRIGGER quotes_change_update AFTER UPDATE ON quotes FOR EACH ROW EXECUTE FUNCTION changes_record('quote');
--> statement-breakpoint
CREATE TRIGGER quotes_change_delete AFTER DELETE ON quotes FOR EACH ROW EXECUTE FUNCTION changes_record('quote');
--> statement-breakpoint
CREATE TRIGGER people_change_create AFTER INSERT ON people FOR EACH ROW EXECUTE FUNCTION changes_record('person');
--> statement-breakpoint
CREATE TRIGGER people_change_update AFTER UPDATE ON people FOR EACH ROW EXECUTE FUNCTION changes_record('person');
--> statement-breakpoint
CREATE TRIGGER people_change_delete AFTER DELETE ON people FOR EACH ROW EXECUTE FUNCTION changes_record('person');
--> statement-breakpoint
CREATE TRIGGER places_change_create AFTER INSERT ON places FOR EACH ROW EXECUTE FUNCTION changes_record('place');
--> statement-breakpoint
CREATE TRIGGER places_change_update AFTER UPDATE ON places FOR EACH ROW EXECUTE FUNCTION changes_record('place');
--> statement-breakpoint
CREATE TRIGGER places_change_delete AFTER DELETE ON places FOR EACH ROW EXECUTE FUNCTION changes_record('place');
--> statement-breakpoint
CREATE TRIGGER organisations_change_create AFTER INSERT ON organisations FOR EACH ROW EXECUTE FUNCTION changes_record('organisation');
--> statement-breakpoint
CREATE TRIGGER organisations_change_update AFTER UPDATE ON organisations FOR EACH ROW EXECUTE FUNCTION changes_record('organisation');
--> statement-breakpoint
CREATE TRIGGER organisations_change_delete AFTER DELETE ON organisations FOR EACH ROW EXECUTE FUNCTION changes_record('organisation');
--> statement-breakpoint

-- A role is part of its person: adding, changing or removing one is an update of the person.
CREATE FUNCTION person_roles_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dateline_write_lock();
  INSERT INTO changes(resource_type, resource_id, action, changed_at)
  VALUES ('person', CASE TG_OP WHEN 'DELETE' THEN OLD.person_id ELSE NEW.person_id END, 'update', change_time());
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER person_roles_change_insert AFTER INSERT ON person_roles FOR EACH ROW EXECUTE FUNCTION person_roles_change();
--> statement-breakpoint
CREATE TRIGGER person_roles_change_update AFTER UPDATE ON person_roles FOR EACH ROW EXECUTE FUNCTION person_roles_change();
--> statement-breakpoint
CREATE TRIGGER person_roles_change_delete AFTER DELETE ON person_roles FOR EACH ROW EXECUTE FUNCTION person_roles_change();
--> statement-breakpoint

-- SQLite deletes a person's roles (ON DELETE CASCADE) before the person's AFTER DELETE triggers run, so
-- the feed has the roles' changes first; PostgreSQL cascades after them. Deleting the roles first, one by
-- one in id (SQLite's rowid) order, numbers the changes as SQLite does. (Articles' quotes: the next
-- migration, which has their rowid order.)
CREATE FUNCTION people_roles_go_first() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  role_id integer;
BEGIN
  FOR role_id IN SELECT id FROM person_roles WHERE person_id = OLD.id ORDER BY id LOOP
    DELETE FROM person_roles WHERE id = role_id;
  END LOOP;
  RETURN OLD;
END $$;
--> statement-breakpoint
CREATE TRIGGER people_roles_go_first BEFORE DELETE ON people FOR EACH ROW EXECUTE FUNCTION people_roles_go_first();
--> statement-breakpoint

-- ever_public: the row, as TG_ARGV[0], once the public may see it; an article's quotes with it.
CREATE FUNCTION ever_public_record() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT is_public(TG_ARGV[0], NEW.id) THEN RETURN NULL; END IF;
  INSERT INTO ever_public(resource_type, resource_id) VALUES (TG_ARGV[0], NEW.id) ON CONFLICT DO NOTHING;
  IF TG_ARGV[0] = 'article' AND TG_OP = 'UPDATE' THEN
    INSERT INTO ever_public(resource_type, resource_id)
    SELECT 'quote', id FROM public_quotes WHERE article_id = NEW.id ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER articles_ever_public_insert AFTER INSERT ON articles FOR EACH ROW EXECUTE FUNCTION ever_public_record('article');
--> statement-breakpoint
CREATE TRIGGER articles_ever_public_update AFTER UPDATE OF status ON articles FOR EACH ROW EXECUTE FUNCTION ever_public_record('article');
--> statement-breakpoint
CREATE TRIGGER quotes_ever_public_insert AFTER INSERT ON quotes FOR EACH ROW EXECUTE FUNCTION ever_public_record('quote');
--> statement-breakpoint
CREATE TRIGGER quotes_ever_public_move AFTER UPDATE OF article_id ON quotes FOR EACH ROW EXECUTE FUNCTION ever_public_record('quote');
--> statement-breakpoint
CREATE TRIGGER people_ever_public_insert AFTER INSERT ON people FOR EACH ROW EXECUTE FUNCTION ever_public_record('person');
--> statement-breakpoint
CREATE TRIGGER people_ever_public_confirm AFTER UPDATE OF suggested ON people FOR EACH ROW EXECUTE FUNCTION ever_public_record('person');
--> statement-breakpoint
CREATE TRIGGER places_ever_public_insert AFTER INSERT ON places FOR EACH ROW EXECUTE FUNCTION ever_public_record('place');
--> statement-breakpoint
CREATE TRIGGER places_ever_public_confirm AFTER UPDATE OF suggested ON places FOR EACH ROW EXECUTE FUNCTION ever_public_record('place');
--> statement-breakpoint
CREATE TRIGGER organisations_ever_public_insert AFTER INSERT ON organisations FOR EACH ROW EXECUTE FUNCTION ever_public_record('organisation');
--> statement-breakpoint
CREATE TRIGGER organisations_ever_public_confirm AFTER UPDATE OF suggested ON organisations FOR EACH ROW EXECUTE FUNCTION ever_public_record('organisation');
--> statement-breakpoint

-- article_places of these articles, rebuilt from their place mentions and every place around those.
CREATE FUNCTION article_places_rebuild(article_ids text[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF cardinality(article_ids) = 0 THEN RETURN; END IF;
  DELETE FROM article_places WHERE article_id = ANY (article_ids);
  INSERT INTO article_places(article_id, place_id, status, published_at)
  SELECT a.id, around.place_id, a.status, a.published_at
  FROM articles a JOIN (
    WITH RECURSIVE up(article_id, place_id) AS (
      SELECT article_id, place_id FROM mentions WHERE article_id = ANY (article_ids) AND place_id IS NOT NULL
      UNION SELECT up.article_id, p.parent_id FROM places p JOIN up ON p.id = up.place_id WHERE p.parent_id IS NOT NULL
    ) SELECT article_id, place_id FROM up
  ) around ON a.id = around.article_id
  ON CONFLICT DO NOTHING;
END $$;
--> statement-breakpoint
CREATE FUNCTION articles_article_places_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE article_places SET status = NEW.status, published_at = NEW.published_at WHERE article_id = NEW.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER articles_article_places_update AFTER UPDATE OF status, published_at ON articles
FOR EACH ROW EXECUTE FUNCTION articles_article_places_update();
--> statement-breakpoint
-- The articles whose place mentions a statement on mentions added, removed or moved.
CREATE FUNCTION mentions_article_places() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM article_places_rebuild(ARRAY(SELECT DISTINCT article_id FROM new_rows WHERE place_id IS NOT NULL));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM article_places_rebuild(ARRAY(SELECT DISTINCT article_id FROM old_rows WHERE place_id IS NOT NULL));
  ELSE
    PERFORM article_places_rebuild(ARRAY(
      SELECT unnest(ARRAY[o.article_id, n.article_id]) FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE o.place_id IS DISTINCT FROM n.place_id OR o.article_id IS DISTINCT FROM n.article_id
    ));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER mentions_article_places_insert AFTER INSERT ON mentions
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mentions_article_places();
--> statement-breakpoint
CREATE TRIGGER mentions_article_places_delete AFTER DELETE ON mentions
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mentions_article_places();
--> statement-breakpoint
CREATE TRIGGER mentions_article_places_update AFTER UPDATE ON mentions
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mentions_article_places();
--> statement-breakpoint
-- A place moved elsewhere in the hierarchy: every article mentioning it or anything inside it.
CREATE FUNCTION places_article_places_move() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM article_places_rebuild(ARRAY(
    WITH RECURSIVE inside(id) AS (
      SELECT NEW.id UNION SELECT p.id FROM places p JOIN inside ON p.parent_id = inside.id
    ) SELECT DISTINCT m.article_id FROM mentions m JOIN inside ON m.place_id = inside.id
  ));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER places_article_places_move AFTER UPDATE OF parent_id ON places
FOR EACH ROW WHEN (OLD.parent_id IS DISTINCT FROM NEW.parent_id) EXECUTE FUNCTION places_article_places_move();
--> statement-breakpoint

-- article_documents: forget the stored documents of these articles (the next read rebuilds them).
CREATE FUNCTION article_documents_forget(article_ids text[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF cardinality(article_ids) > 0 THEN
    DELETE FROM article_documents WHERE article_id = ANY (article_ids);
  END IF;
END $$;
--> statement-breakpoint
-- The articles that show a person, place or organisation: they mention it, or quote it (people and organisations).
CREATE FUNCTION articles_showing(resource_type text, resource_id text) RETURNS text[]
LANGUAGE plpgsql STABLE AS $$
BEGIN
  IF resource_type = 'person' THEN
    RETURN ARRAY(SELECT m.article_id FROM mentions m WHERE m.person_id = resource_id
      UNION SELECT q.article_id FROM quotes q WHERE q.speaker_person_id = resource_id);
  ELSIF resource_type = 'organisation' THEN
    RETURN ARRAY(SELECT m.article_id FROM mentions m WHERE m.organisation_id = resource_id
      UNION SELECT q.article_id FROM quotes q WHERE q.speaker_organisation_id = resource_id);
  END IF;
  RETURN ARRAY(SELECT m.article_id FROM mentions m WHERE m.place_id = resource_id);
END $$;
--> statement-breakpoint
CREATE FUNCTION articles_document_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM article_documents_forget(ARRAY[OLD.id]);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER articles_document_update AFTER UPDATE ON articles FOR EACH ROW EXECUTE FUNCTION articles_document_update();
--> statement-breakpoint
-- Quotes and mentions belong to one article each: the articles a statement touched, old and new.
CREATE FUNCTION article_parts_document() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM article_documents_forget(ARRAY(SELECT DISTINCT article_id FROM new_rows));
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    PERFORM article_documents_forget(ARRAY(SELECT DISTINCT article_id FROM old_rows));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER mentions_document_insert AFTER INSERT ON mentions
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION article_parts_document();
--> statement-breakpoint
CREATE TRIGGER mentions_document_update AFTER UPDATE ON mentions
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION article_parts_document();
--> statement-breakpoint
CREATE TRIGGER mentions_document_delete AFTER DELETE ON mentions
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION article_parts_document();
--> statement-breakpoint
CREATE TRIGGER quotes_document_insert AFTER INSERT ON quotes
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION article_parts_document();
--> statement-breakpoint
CREATE TRIGGER quotes_document_update AFTER UPDATE ON quotes
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION article_parts_document();
--> statement-breakpoint
CREATE TRIGGER quotes_document_delete AFTER DELETE ON quotes
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION article_parts_document();
--> statement-breakpoint
-- An entity changed, or is about to be deleted (before: its mentions go with it, by cascade).
CREATE FUNCTION entity_document() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM article_documents_forget(articles_showing(TG_ARGV[0], OLD.id));
  RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NULL END;
END $$;
--> statement-breakpoint
CREATE TRIGGER people_document_update AFTER UPDATE ON people FOR EACH ROW EXECUTE FUNCTION entity_document('person');
--> statement-breakpoint
CREATE TRIGGER people_document_delete BEFORE DELETE ON people FOR EACH ROW EXECUTE FUNCTION entity_document('person');
--> statement-breakpoint
CREATE TRIGGER places_document_update AFTER UPDATE ON places FOR EACH ROW EXECUTE FUNCTION entity_document('place');
--> statement-breakpoint
CREATE TRIGGER places_document_delete BEFORE DELETE ON places FOR EACH ROW EXECUTE FUNCTION entity_document('place');
--> statement-breakpoint
CREATE TRIGGER organisations_document_update AFTER UPDATE ON organisations FOR EACH ROW EXECUTE FUNCTION entity_document('organisation');
--> statement-breakpoint
CREATE TRIGGER organisations_document_delete BEFORE DELETE ON organisations FOR EACH ROW EXECUTE FUNCTION entity_document('organisation');
--> statement-breakpoint
-- A role shows its organisation and country in its person: articles showing the person.
CREATE FUNCTION person_roles_document() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN PERFORM article_documents_forget(articles_showing('person', OLD.person_id)); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM article_documents_forget(articles_showing('person', NEW.person_id)); END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER person_roles_document_insert AFTER INSERT ON person_roles FOR EACH ROW EXECUTE FUNCTION person_roles_document();
--> statement-breakpoint
CREATE TRIGGER person_roles_document_update AFTER UPDATE ON person_roles FOR EACH ROW EXECUTE FUNCTION person_roles_document();
--> statement-breakpoint
CREATE TRIGGER person_roles_document_delete AFTER DELETE ON person_roles FOR EACH ROW EXECUTE FUNCTION person_roles_document();
--> statement-breakpoint
-- Confirming or hiding an organisation or place shows or hides it where others refer to it: in a
-- person's roles (organisation, country), a place's parent, an organisation's country.
CREATE FUNCTION organisations_document_referrers() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM article_documents_forget(ARRAY(
    SELECT m.article_id FROM person_roles r JOIN mentions m ON m.person_id = r.person_id WHERE r.organisation_id = NEW.id
    UNION SELECT q.article_id FROM person_roles r JOIN quotes q ON q.speaker_person_id = r.person_id WHERE r.organisation_id = NEW.id
  ));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER organisations_document_referrers AFTER UPDATE OF suggested ON organisations
FOR EACH ROW EXECUTE FUNCTION organisations_document_referrers();
--> statement-breakpoint
CREATE FUNCTION places_document_referrers() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM article_documents_forget(ARRAY(
    SELECT m.article_id FROM places child JOIN mentions m ON m.place_id = child.id WHERE child.parent_id = NEW.id
    UNION SELECT m.article_id FROM organisations o JOIN mentions m ON m.organisation_id = o.id WHERE o.country_id = NEW.id
    UNION SELECT q.article_id FROM organisations o JOIN quotes q ON q.speaker_organisation_id = o.id WHERE o.country_id = NEW.id
    UNION SELECT m.article_id FROM person_roles r JOIN mentions m ON m.person_id = r.person_id WHERE r.country_id = NEW.id
    UNION SELECT q.article_id FROM person_roles r JOIN quotes q ON q.speaker_person_id = r.person_id WHERE r.country_id = NEW.id
  ));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER places_document_referrers AFTER UPDATE OF suggested ON places
FOR EACH ROW EXECUTE FUNCTION places_document_referrers();
--> statement-breakpoint

-- A published or archived article needs a publication date (SQLite: RAISE(ABORT, …) in 0004).
CREATE FUNCTION articles_published_needs_date() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'published_at is required when status is published or archived'
    USING ERRCODE = '23D01', TABLE = 'articles', COLUMN = 'published_at';
END $$;
--> statement-breakpoint
CREATE TRIGGER articles_published_needs_date_insert BEFORE INSERT ON articles
FOR EACH ROW WHEN (NEW.status IN ('published', 'archived') AND NEW.published_at IS NULL)
EXECUTE FUNCTION articles_published_needs_date();
--> statement-breakpoint
CREATE TRIGGER articles_published_needs_date_update BEFORE UPDATE OF status, published_at ON articles
FOR EACH ROW WHEN (NEW.status IN ('published', 'archived') AND NEW.published_at IS NULL)
EXECUTE FUNCTION articles_published_needs_date();
