-- Generated from a freshly migrated database by `npm run db:triggers`. Do not edit: change the schema
-- with a migration (npx drizzle-kit generate --custom), then regenerate. Views first, then triggers by table.

CREATE VIEW `public_articles` AS SELECT rowid AS rowid, * FROM `articles` WHERE status IN ('published', 'archived');

CREATE VIEW `public_organisations` AS SELECT rowid AS rowid, * FROM `organisations` WHERE suggested = 0;

CREATE VIEW `public_people` AS SELECT rowid AS rowid, * FROM `people` WHERE suggested = 0;

CREATE VIEW `public_places` AS SELECT rowid AS rowid, * FROM `places` WHERE suggested = 0;

CREATE VIEW `public_quotes` AS SELECT q.rowid AS rowid, q.* FROM `quotes` q
WHERE EXISTS (SELECT 1 FROM `public_articles` a WHERE a.id = q.article_id);

CREATE TRIGGER `articles_article_places_update` AFTER UPDATE OF status, published_at ON `articles` BEGIN
  UPDATE `article_places` SET status = new.status, published_at = new.published_at WHERE article_id = new.id;
END;

CREATE TRIGGER `articles_change_create` AFTER INSERT ON `articles` BEGIN
  INSERT INTO `changes`(resource_type, resource_id, action, changed_at) VALUES ('article', new.id, 'create', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER `articles_change_delete` AFTER DELETE ON `articles` BEGIN
  INSERT INTO `changes`(resource_type, resource_id, action, changed_at) VALUES ('article', old.id, 'delete', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER `articles_change_update` AFTER UPDATE ON `articles` BEGIN
  INSERT INTO `changes`(resource_type, resource_id, action, changed_at) VALUES ('article', new.id, 'update', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER `articles_document_update` AFTER UPDATE ON `articles` BEGIN
  DELETE FROM `article_documents` WHERE article_id = old.id;
END;

CREATE TRIGGER `articles_ever_public_insert` AFTER INSERT ON `articles`
WHEN EXISTS (SELECT 1 FROM `public_articles` v WHERE v.id = new.id) BEGIN
  INSERT OR IGNORE INTO `ever_public`(resource_type, resource_id) VALUES ('article', new.id);
END;

CREATE TRIGGER `articles_ever_public_update` AFTER UPDATE OF status ON `articles`
WHEN EXISTS (SELECT 1 FROM `public_articles` v WHERE v.id = new.id) BEGIN
  INSERT OR IGNORE INTO `ever_public`(resource_type, resource_id) VALUES ('article', new.id);
  INSERT OR IGNORE INTO `ever_public`(resource_type, resource_id)
  SELECT 'quote', id FROM `public_quotes` WHERE article_id = new.id;
END;

CREATE TRIGGER `articles_fts_delete` AFTER DELETE ON `articles` BEGIN
  INSERT INTO `articles_fts`(`articles_fts`, rowid, headline, standfirst, plain_text) VALUES ('delete', old.rowid, old.headline, old.standfirst, old.plain_text);
END;

CREATE TRIGGER `articles_fts_insert` AFTER INSERT ON `articles` BEGIN
  INSERT INTO `articles_fts`(rowid, headline, standfirst, plain_text) VALUES (new.rowid, new.headline, new.standfirst, new.plain_text);
END;

CREATE TRIGGER `articles_fts_update` AFTER UPDATE OF headline, standfirst, plain_text ON `articles` BEGIN
  INSERT INTO `articles_fts`(`articles_fts`, rowid, headline, standfirst, plain_text) VALUES ('delete', old.rowid, old.headline, old.standfirst, old.plain_text);
  INSERT INTO `articles_fts`(rowid, headline, standfirst, plain_text) VALUES (new.rowid, new.headline, new.standfirst, new.plain_text);
END;

CREATE TRIGGER `articles_passages_delete` AFTER DELETE ON `articles` BEGIN
  DELETE FROM `search_passages` WHERE rowid BETWEEN (1 << 60) + old.rowid * 1048576 AND (1 << 60) + old.rowid * 1048576 + 1048575;
END;

CREATE TRIGGER `articles_passages_insert` AFTER INSERT ON `articles` BEGIN
  INSERT INTO `search_passages`(rowid, cut, headline, standfirst, plain_text)
    SELECT (1 << 60) + new.rowid * 1048576 + p.n, p.cut, p.c0, p.c1, p.c2 FROM text_passages(coalesce(new.headline, ''), coalesce(new.standfirst, ''), coalesce(new.plain_text, '')) p;
END;

CREATE TRIGGER `articles_passages_update` AFTER UPDATE OF headline, standfirst, plain_text ON `articles` BEGIN
  DELETE FROM `search_passages` WHERE rowid BETWEEN (1 << 60) + old.rowid * 1048576 AND (1 << 60) + old.rowid * 1048576 + 1048575;
  INSERT INTO `search_passages`(rowid, cut, headline, standfirst, plain_text)
    SELECT (1 << 60) + new.rowid * 1048576 + p.n, p.cut, p.c0, p.c1, p.c2 FROM text_passages(coalesce(new.headline, ''), coalesce(new.standfirst, ''), coalesce(new.plain_text, '')) p;
END;

CREATE TRIGGER `articles_published_needs_date_insert` BEFORE INSERT ON `articles`
WHEN new.status IN ('published', 'archived') AND new.published_at IS NULL BEGIN
  SELECT RAISE(ABORT, 'published_at is required when status is published or archived');
END;

CREATE TRIGGER `articles_published_needs_date_update` BEFORE UPDATE OF status, published_at ON `articles`
WHEN new.status IN ('published', 'archived') AND new.published_at IS NULL BEGIN
  SELECT RAISE(ABORT, 'published_at is required when status is published or archived');
END;

CREATE TRIGGER `articles_status_changes_quotes` AFTER UPDATE OF status ON `articles`
WHEN old.status IS NOT new.status BEGIN
  INSERT INTO `changes`(resource_type, resource_id, action, changed_at)
  SELECT 'quote', id, 'update', strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM `quotes` WHERE article_id = new.id;
END;

CREATE TRIGGER `changes_visibility` AFTER INSERT ON `changes` BEGIN
  UPDATE `changes` SET visibility = state.visibility
  FROM (
    SELECT CASE
      WHEN CASE new.resource_type
        WHEN 'article' THEN EXISTS (SELECT 1 FROM `public_articles` v WHERE v.id = new.resource_id)
        WHEN 'quote' THEN EXISTS (SELECT 1 FROM `public_quotes` v WHERE v.id = new.resource_id)
        WHEN 'person' THEN EXISTS (SELECT 1 FROM `public_people` v WHERE v.id = new.resource_id)
        WHEN 'place' THEN EXISTS (SELECT 1 FROM `public_places` v WHERE v.id = new.resource_id)
        ELSE EXISTS (SELECT 1 FROM `public_organisations` v WHERE v.id = new.resource_id)
      END THEN 'public'
      WHEN EXISTS (SELECT 1 FROM `ever_public` e WHERE e.resource_type = new.resource_type AND e.resource_id = new.resource_id)
        THEN 'gone'
      ELSE 'hidden'
    END AS visibility
  ) state
  WHERE resource_type = new.resource_type AND resource_id = new.resource_id AND `changes`.visibility IS NOT state.visibility;
END;

CREATE TRIGGER `mentions_article_places_delete` AFTER DELETE ON `mentions`
WHEN old.place_id IS NOT NULL BEGIN
  DELETE FROM `article_places` WHERE article_id = old.article_id;
  INSERT OR IGNORE INTO `article_places`(article_id, place_id, status, published_at)
  SELECT a.id, around.id, a.status, a.published_at
  FROM `articles` a, (
    WITH RECURSIVE up(id) AS (
      SELECT place_id FROM `mentions` WHERE article_id = old.article_id AND place_id IS NOT NULL
      UNION SELECT p.parent_id FROM `places` p JOIN up ON p.id = up.id WHERE p.parent_id IS NOT NULL
    ) SELECT id FROM up
  ) around
  WHERE a.id = old.article_id;
END;

CREATE TRIGGER `mentions_article_places_insert` AFTER INSERT ON `mentions`
WHEN new.place_id IS NOT NULL BEGIN
  INSERT OR IGNORE INTO `article_places`(article_id, place_id, status, published_at)
  SELECT a.id, around.id, a.status, a.published_at
  FROM `articles` a, (
    WITH RECURSIVE up(id) AS (
      SELECT new.place_id
      UNION SELECT p.parent_id FROM `places` p JOIN up ON p.id = up.id WHERE p.parent_id IS NOT NULL
    ) SELECT id FROM up
  ) around
  WHERE a.id = new.article_id;
END;

CREATE TRIGGER `mentions_article_places_update` AFTER UPDATE OF place_id, article_id ON `mentions`
WHEN old.place_id IS NOT new.place_id OR old.article_id IS NOT new.article_id BEGIN
  DELETE FROM `article_places` WHERE article_id IN (old.article_id, new.article_id);
  INSERT OR IGNORE INTO `article_places`(article_id, place_id, status, published_at)
  SELECT a.id, around.place_id, a.status, a.published_at
  FROM `articles` a JOIN (
    WITH RECURSIVE up(article_id, place_id) AS (
      SELECT article_id, place_id FROM `mentions`
      WHERE article_id IN (old.article_id, new.article_id) AND place_id IS NOT NULL
      UNION SELECT up.article_id, p.parent_id FROM `places` p JOIN up ON p.id = up.place_id WHERE p.parent_id IS NOT NULL
    ) SELECT article_id, place_id FROM up
  ) around ON a.id = around.article_id;
END;

CREATE TRIGGER `mentions_document_delete` AFTER DELETE ON `mentions` BEGIN
  DELETE FROM `article_documents` WHERE article_id = old.article_id;
END;

CREATE TRIGGER `mentions_document_insert` AFTER INSERT ON `mentions` BEGIN
  DELETE FROM `article_documents` WHERE article_id = new.article_id;
END;

CREATE TRIGGER `mentions_document_update` AFTER UPDATE ON `mentions` BEGIN
  DELETE FROM `article_documents` WHERE article_id = old.article_id;
  DELETE FROM `article_documents` WHERE article_id = new.article_id;
END;

CREATE TRIGGER `organisations_change_create` AFTER INSERT ON `organisations` BEGIN
  INSERT INTO `changes`(resource_type, resource_id, action, changed_at) VALUES ('organisation', new.id, 'create', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER `organisations_change_delete` AFTER DELETE ON `organisations` BEGIN
  INSERT INTO `changes`(resource_type, resource_id, action, changed_at) VALUES ('organisation', old.id, 'delete', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER `organisations_change_update` AFTER UPDATE ON `organisations` BEGIN
  INSERT INTO `changes`(resource_type, resource_id, action, changed_at) VALUES ('organisation', new.id, 'update', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER `organisations_document_delete` BEFORE DELETE ON `organisations` BEGIN
  DELETE FROM `article_documents` WHERE article_id IN (SELECT article_id FROM `mentions` WHERE organisation_id = old.id UNION SELECT article_id FROM `quotes` WHERE speaker_organisation_id = old.id);
END;

CREATE TRIGGER `organisations_document_referrers` AFTER UPDATE OF suggested ON `organisations` BEGIN
  DELETE FROM `article_documents` WHERE article_id IN (
    SELECT m.article_id FROM `person_roles` r JOIN `mentions` m ON m.person_id = r.person_id WHERE r.organisation_id = new.id
    UNION SELECT q.article_id FROM `person_roles` r JOIN `quotes` q ON q.speaker_person_id = r.person_id WHERE r.organisation_id = new.id
  );
END;

CREATE TRIGGER `organisations_document_update` AFTER UPDATE ON `organisations` BEGIN
  DELETE FROM `article_documents` WHERE article_id IN (SELECT article_id FROM `mentions` WHERE organisation_id = old.id UNION SELECT article_id FROM `quotes` WHERE speaker_organisation_id = old.id);
END;

CREATE TRIGGER `organisations_ever_public_confirm` AFTER UPDATE OF suggested ON `organisations`
WHEN EXISTS (SELECT 1 FROM `public_organisations` v WHERE v.id = new.id) BEGIN
  INSERT OR IGNORE INTO `ever_public`(resource_type, resource_id) VALUES ('organisation', new.id);
END;

CREATE TRIGGER `organisations_ever_public_insert` AFTER INSERT ON `organisations`
WHEN EXISTS (SELECT 1 FROM `public_organisations` v WHERE v.id = new.id) BEGIN
  INSERT OR IGNORE INTO `ever_public`(resource_type, resource_id) VALUES ('organisation', new.id);
END;

CREATE TRIGGER `organisations_fts_delete` AFTER DELETE ON `organisations` BEGIN
  INSERT INTO `organisations_fts`(`organisations_fts`, rowid, name, aliases) VALUES ('delete', old.rowid, old.name, old.aliases);
END;

CREATE TRIGGER `organisations_fts_insert` AFTER INSERT ON `organisations` BEGIN
  INSERT INTO `organisations_fts`(rowid, name, aliases) VALUES (new.rowid, new.name, new.aliases);
END;

CREATE TRIGGER `organisations_fts_update` AFTER UPDATE OF name, aliases ON `organisations` BEGIN
  INSERT INTO `organisations_fts`(`organisations_fts`, rowid, name, aliases) VALUES ('delete', old.rowid, old.name, old.aliases);
  INSERT INTO `organisations_fts`(rowid, name, aliases) VALUES (new.rowid, new.name, new.aliases);
END;

CREATE TRIGGER `organisations_passages_delete` AFTER DELETE ON `organisations` BEGIN
  DELETE FROM `search_passages` WHERE rowid BETWEEN (5 << 60) + old.rowid * 1048576 AND (5 << 60) + old.rowid * 1048576 + 1048575;
END;

CREATE TRIGGER `organisations_passages_insert` AFTER INSERT ON `organisations` BEGIN
  INSERT INTO `search_passages`(rowid, cut, name, aliases)
    SELECT (5 << 60) + new.rowid * 1048576 + p.n, p.cut, p.c0, p.c1 FROM text_passages(coalesce(new.name, ''), coalesce(new.aliases, '')) p;
END;

CREATE TRIGGER `organisations_passages_update` AFTER UPDATE OF name, aliases ON `organisations` BEGIN
  DELETE FROM `search_passages` WHERE rowid BETWEEN (5 << 60) + old.rowid * 1048576 AND (5 << 60) + old.rowid * 1048576 + 1048575;
  INSERT INTO `search_passages`(rowid, cut, name, aliases)
    SELECT (5 << 60) + new.rowid * 1048576 + p.n, p.cut, p.c0, p.c1 FROM text_passages(coalesce(new.name, ''), coalesce(new.aliases, '')) p;
END;

CREATE TRIGGER `people_change_create` AFTER INSERT ON `people` BEGIN
  INSERT INTO `changes`(resource_type, resource_id, action, changed_at) VALUES ('person', new.id, 'create', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER `people_change_delete` AFTER DELETE ON `people` BEGIN
  INSERT INTO `changes`(resource_type, resource_id, action, changed_at) VALUES ('person', old.id, 'delete', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER `people_change_update` AFTER UPDATE ON `people` BEGIN
  INSERT INTO `changes`(resource_type, resource_id, action, changed_at) VALUES ('person', new.id, 'update', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER `people_document_delete` BEFORE DELETE ON `people` BEGIN
  DELETE FROM `article_documents` WHERE article_id IN (SELECT article_id FROM `mentions` WHERE person_id = old.id UNION SELECT article_id FROM `quotes` WHERE speaker_person_id = old.id);
END;

CREATE TRIGGER `people_document_update` AFTER UPDATE ON `people` BEGIN
  DELETE FROM `article_documents` WHERE article_id IN (SELECT article_id FROM `mentions` WHERE person_id = old.id UNION SELECT article_id FROM `quotes` WHERE speaker_person_id = old.id);
END;

CREATE TRIGGER `people_ever_public_confirm` AFTER UPDATE OF suggested ON `people`
WHEN EXISTS (SELECT 1 FROM `public_people` v WHERE v.id = new.id) BEGIN
  INSERT OR IGNORE INTO `ever_public`(resource_type, resource_id) VALUES ('person', new.id);
END;

CREATE TRIGGER `people_ever_public_insert` AFTER INSERT ON `people`
WHEN EXISTS (SELECT 1 FROM `public_people` v WHERE v.id = new.id) BEGIN
  INSERT OR IGNORE INTO `ever_public`(resource_type, resource_id) VALUES ('person', new.id);
END;

CREATE TRIGGER `people_fts_delete` AFTER DELETE ON `people` BEGIN
  INSERT INTO `people_fts`(`people_fts`, rowid, name, aliases) VALUES ('delete', old.rowid, old.name, old.aliases);
END;

CREATE TRIGGER `people_fts_insert` AFTER INSERT ON `people` BEGIN
  INSERT INTO `people_fts`(rowid, name, aliases) VALUES (new.rowid, new.name, new.aliases);
END;

CREATE TRIGGER `people_fts_update` AFTER UPDATE OF name, aliases ON `people` BEGIN
  INSERT INTO `people_fts`(`people_fts`, rowid, name, aliases) VALUES ('delete', old.rowid, old.name, old.aliases);
  INSERT INTO `people_fts`(rowid, name, aliases) VALUES (new.rowid, new.name, new.aliases);
END;

CREATE TRIGGER `people_passages_delete` AFTER DELETE ON `people` BEGIN
  DELETE FROM `search_passages` WHERE rowid BETWEEN (3 << 60) + old.rowid * 1048576 AND (3 << 60) + old.rowid * 1048576 + 1048575;
END;

CREATE TRIGGER `people_passages_insert` AFTER INSERT ON `people` BEGIN
  INSERT INTO `search_passages`(rowid, cut, name, aliases)
    SELECT (3 << 60) + new.rowid * 1048576 + p.n, p.cut, p.c0, p.c1 FROM text_passages(coalesce(new.name, ''), coalesce(new.aliases, '')) p;
END;

CREATE TRIGGER `people_passages_update` AFTER UPDATE OF name, aliases ON `people` BEGIN
  DELETE FROM `search_passages` WHERE rowid BETWEEN (3 << 60) + old.rowid * 1048576 AND (3 << 60) + old.rowid * 1048576 + 1048575;
  INSERT INTO `search_passages`(rowid, cut, name, aliases)
    SELECT (3 << 60) + new.rowid * 1048576 + p.n, p.cut, p.c0, p.c1 FROM text_passages(coalesce(new.name, ''), coalesce(new.aliases, '')) p;
END;

CREATE TRIGGER `person_roles_change_delete` AFTER DELETE ON `person_roles` BEGIN
  INSERT INTO `changes`(resource_type, resource_id, action, changed_at) VALUES ('person', old.person_id, 'update', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER `person_roles_change_insert` AFTER INSERT ON `person_roles` BEGIN
  INSERT INTO `changes`(resource_type, resource_id, action, changed_at) VALUES ('person', new.person_id, 'update', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER `person_roles_change_update` AFTER UPDATE ON `person_roles` BEGIN
  INSERT INTO `changes`(resource_type, resource_id, action, changed_at) VALUES ('person', new.person_id, 'update', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER `person_roles_document_delete` AFTER DELETE ON `person_roles` BEGIN
  DELETE FROM `article_documents` WHERE article_id IN (SELECT article_id FROM `mentions` WHERE person_id = old.person_id UNION SELECT article_id FROM `quotes` WHERE speaker_person_id = old.person_id);
END;

CREATE TRIGGER `person_roles_document_insert` AFTER INSERT ON `person_roles` BEGIN
  DELETE FROM `article_documents` WHERE article_id IN (SELECT article_id FROM `mentions` WHERE person_id = new.person_id UNION SELECT article_id FROM `quotes` WHERE speaker_person_id = new.person_id);
END;

CREATE TRIGGER `person_roles_document_update` AFTER UPDATE ON `person_roles` BEGIN
  DELETE FROM `article_documents` WHERE article_id IN (SELECT article_id FROM `mentions` WHERE person_id = old.person_id UNION SELECT article_id FROM `quotes` WHERE speaker_person_id = old.person_id);
  DELETE FROM `article_documents` WHERE article_id IN (SELECT article_id FROM `mentions` WHERE person_id = new.person_id UNION SELECT article_id FROM `quotes` WHERE speaker_person_id = new.person_id);
END;

CREATE TRIGGER `places_article_places_move` AFTER UPDATE OF parent_id ON `places`
WHEN old.parent_id IS NOT new.parent_id BEGIN
  DELETE FROM `article_places` WHERE article_id IN (
    SELECT article_id FROM `mentions` WHERE place_id IN (
      WITH RECURSIVE inside(id) AS (
        SELECT new.id UNION SELECT p.id FROM `places` p JOIN inside ON p.parent_id = inside.id
      ) SELECT id FROM inside
    )
  );
  INSERT OR IGNORE INTO `article_places`(article_id, place_id, status, published_at)
  SELECT a.id, around.place_id, a.status, a.published_at
  FROM `articles` a JOIN (
    WITH RECURSIVE
      inside(id) AS (SELECT new.id UNION SELECT p.id FROM `places` p JOIN inside ON p.parent_id = inside.id),
      up(article_id, place_id) AS (
        SELECT article_id, place_id FROM `mentions`
        WHERE article_id IN (SELECT article_id FROM `mentions` WHERE place_id IN inside) AND place_id IS NOT NULL
        UNION SELECT up.article_id, p.parent_id FROM `places` p JOIN up ON p.id = up.place_id WHERE p.parent_id IS NOT NULL
      )
    SELECT article_id, place_id FROM up
  ) around ON a.id = around.article_id;
END;

CREATE TRIGGER `places_change_create` AFTER INSERT ON `places` BEGIN
  INSERT INTO `changes`(resource_type, resource_id, action, changed_at) VALUES ('place', new.id, 'create', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER `places_change_delete` AFTER DELETE ON `places` BEGIN
  INSERT INTO `changes`(resource_type, resource_id, action, changed_at) VALUES ('place', old.id, 'delete', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER `places_change_update` AFTER UPDATE ON `places` BEGIN
  INSERT INTO `changes`(resource_type, resource_id, action, changed_at) VALUES ('place', new.id, 'update', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER `places_document_delete` BEFORE DELETE ON `places` BEGIN
  DELETE FROM `article_documents` WHERE article_id IN (SELECT article_id FROM `mentions` WHERE place_id = old.id);
END;

CREATE TRIGGER `places_document_referrers` AFTER UPDATE OF suggested ON `places` BEGIN
  DELETE FROM `article_documents` WHERE article_id IN (
    SELECT m.article_id FROM `places` child JOIN `mentions` m ON m.place_id = child.id WHERE child.parent_id = new.id
    UNION SELECT m.article_id FROM `organisations` o JOIN `mentions` m ON m.organisation_id = o.id WHERE o.country_id = new.id
    UNION SELECT q.article_id FROM `organisations` o JOIN `quotes` q ON q.speaker_organisation_id = o.id WHERE o.country_id = new.id
    UNION SELECT m.article_id FROM `person_roles` r JOIN `mentions` m ON m.person_id = r.person_id WHERE r.country_id = new.id
    UNION SELECT q.article_id FROM `person_roles` r JOIN `quotes` q ON q.speaker_person_id = r.person_id WHERE r.country_id = new.id
  );
END;

CREATE TRIGGER `places_document_update` AFTER UPDATE ON `places` BEGIN
  DELETE FROM `article_documents` WHERE article_id IN (SELECT article_id FROM `mentions` WHERE place_id = old.id);
END;

CREATE TRIGGER `places_ever_public_confirm` AFTER UPDATE OF suggested ON `places`
WHEN EXISTS (SELECT 1 FROM `public_places` v WHERE v.id = new.id) BEGIN
  INSERT OR IGNORE INTO `ever_public`(resource_type, resource_id) VALUES ('place', new.id);
END;

CREATE TRIGGER `places_ever_public_insert` AFTER INSERT ON `places`
WHEN EXISTS (SELECT 1 FROM `public_places` v WHERE v.id = new.id) BEGIN
  INSERT OR IGNORE INTO `ever_public`(resource_type, resource_id) VALUES ('place', new.id);
END;

CREATE TRIGGER `places_fts_delete` AFTER DELETE ON `places` BEGIN
  INSERT INTO `places_fts`(`places_fts`, rowid, name, aliases) VALUES ('delete', old.rowid, old.name, old.aliases);
END;

CREATE TRIGGER `places_fts_insert` AFTER INSERT ON `places` BEGIN
  INSERT INTO `places_fts`(rowid, name, aliases) VALUES (new.rowid, new.name, new.aliases);
END;

CREATE TRIGGER `places_fts_update` AFTER UPDATE OF name, aliases ON `places` BEGIN
  INSERT INTO `places_fts`(`places_fts`, rowid, name, aliases) VALUES ('delete', old.rowid, old.name, old.aliases);
  INSERT INTO `places_fts`(rowid, name, aliases) VALUES (new.rowid, new.name, new.aliases);
END;

CREATE TRIGGER `places_passages_delete` AFTER DELETE ON `places` BEGIN
  DELETE FROM `search_passages` WHERE rowid BETWEEN (4 << 60) + old.rowid * 1048576 AND (4 << 60) + old.rowid * 1048576 + 1048575;
END;

CREATE TRIGGER `places_passages_insert` AFTER INSERT ON `places` BEGIN
  INSERT INTO `search_passages`(rowid, cut, name, aliases)
    SELECT (4 << 60) + new.rowid * 1048576 + p.n, p.cut, p.c0, p.c1 FROM text_passages(coalesce(new.name, ''), coalesce(new.aliases, '')) p;
END;

CREATE TRIGGER `places_passages_update` AFTER UPDATE OF name, aliases ON `places` BEGIN
  DELETE FROM `search_passages` WHERE rowid BETWEEN (4 << 60) + old.rowid * 1048576 AND (4 << 60) + old.rowid * 1048576 + 1048575;
  INSERT INTO `search_passages`(rowid, cut, name, aliases)
    SELECT (4 << 60) + new.rowid * 1048576 + p.n, p.cut, p.c0, p.c1 FROM text_passages(coalesce(new.name, ''), coalesce(new.aliases, '')) p;
END;

CREATE TRIGGER `quotes_change_create` AFTER INSERT ON `quotes` BEGIN
  INSERT INTO `changes`(resource_type, resource_id, action, changed_at) VALUES ('quote', new.id, 'create', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER `quotes_change_delete` AFTER DELETE ON `quotes` BEGIN
  INSERT INTO `changes`(resource_type, resource_id, action, changed_at) VALUES ('quote', old.id, 'delete', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER `quotes_change_update` AFTER UPDATE ON `quotes` BEGIN
  INSERT INTO `changes`(resource_type, resource_id, action, changed_at) VALUES ('quote', new.id, 'update', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER `quotes_document_delete` AFTER DELETE ON `quotes` BEGIN
  DELETE FROM `article_documents` WHERE article_id = old.article_id;
END;

CREATE TRIGGER `quotes_document_insert` AFTER INSERT ON `quotes` BEGIN
  DELETE FROM `article_documents` WHERE article_id = new.article_id;
END;

CREATE TRIGGER `quotes_document_update` AFTER UPDATE ON `quotes` BEGIN
  DELETE FROM `article_documents` WHERE article_id = old.article_id;
  DELETE FROM `article_documents` WHERE article_id = new.article_id;
END;

CREATE TRIGGER `quotes_ever_public_insert` AFTER INSERT ON `quotes`
WHEN EXISTS (SELECT 1 FROM `public_quotes` v WHERE v.id = new.id) BEGIN
  INSERT OR IGNORE INTO `ever_public`(resource_type, resource_id) VALUES ('quote', new.id);
END;

CREATE TRIGGER `quotes_ever_public_move` AFTER UPDATE OF article_id ON `quotes`
WHEN EXISTS (SELECT 1 FROM `public_quotes` v WHERE v.id = new.id) BEGIN
  INSERT OR IGNORE INTO `ever_public`(resource_type, resource_id) VALUES ('quote', new.id);
END;

CREATE TRIGGER `quotes_fts_delete` AFTER DELETE ON `quotes` BEGIN
  INSERT INTO `quotes_fts`(`quotes_fts`, rowid, text) VALUES ('delete', old.rowid, old.text);
END;

CREATE TRIGGER `quotes_fts_insert` AFTER INSERT ON `quotes` BEGIN
  INSERT INTO `quotes_fts`(rowid, text) VALUES (new.rowid, new.text);
END;

CREATE TRIGGER `quotes_fts_update` AFTER UPDATE OF text ON `quotes` BEGIN
  INSERT INTO `quotes_fts`(`quotes_fts`, rowid, text) VALUES ('delete', old.rowid, old.text);
  INSERT INTO `quotes_fts`(rowid, text) VALUES (new.rowid, new.text);
END;

CREATE TRIGGER `quotes_passages_delete` AFTER DELETE ON `quotes` BEGIN
  DELETE FROM `search_passages` WHERE rowid BETWEEN (2 << 60) + old.rowid * 1048576 AND (2 << 60) + old.rowid * 1048576 + 1048575;
END;

CREATE TRIGGER `quotes_passages_insert` AFTER INSERT ON `quotes` BEGIN
  INSERT INTO `search_passages`(rowid, cut, text)
    SELECT (2 << 60) + new.rowid * 1048576 + p.n, p.cut, p.c0 FROM text_passages(coalesce(new.text, '')) p;
END;

CREATE TRIGGER `quotes_passages_update` AFTER UPDATE OF text ON `quotes` BEGIN
  DELETE FROM `search_passages` WHERE rowid BETWEEN (2 << 60) + old.rowid * 1048576 AND (2 << 60) + old.rowid * 1048576 + 1048575;
  INSERT INTO `search_passages`(rowid, cut, text)
    SELECT (2 << 60) + new.rowid * 1048576 + p.n, p.cut, p.c0 FROM text_passages(coalesce(new.text, '')) p;
END;
