-- What the public may see: the one rule, in SQL. An article is public when published or archived,
-- a quote when its article is, a person, place or organisation once an editor has confirmed it.
-- src/repositories/visibility.ts states the same rule for the query builder under the same names
-- (`publicArticles` is `public_articles` …) and tests/visibility-rule.test.ts checks that both pick
-- the same rows. Triggers and hand-written statements read these views instead of repeating it.
-- SQLite flattens them, so a lookup through one is a lookup by key; each keeps its table's rowid,
-- so a full-text index (keyed by rowid) joins a view as directly as it joins the table.
CREATE VIEW `public_articles` AS SELECT rowid AS rowid, * FROM `articles` WHERE status IN ('published', 'archived');
--> statement-breakpoint
CREATE VIEW `public_quotes` AS SELECT q.rowid AS rowid, q.* FROM `quotes` q
WHERE EXISTS (SELECT 1 FROM `public_articles` a WHERE a.id = q.article_id);
--> statement-breakpoint
CREATE VIEW `public_people` AS SELECT rowid AS rowid, * FROM `people` WHERE suggested = 0;
--> statement-breakpoint
CREATE VIEW `public_places` AS SELECT rowid AS rowid, * FROM `places` WHERE suggested = 0;
--> statement-breakpoint
CREATE VIEW `public_organisations` AS SELECT rowid AS rowid, * FROM `organisations` WHERE suggested = 0;
--> statement-breakpoint

-- The change feed's visibility (migration 0016) and what has ever been public (0009), as before,
-- now read from the views.
DROP TRIGGER `changes_visibility`;
--> statement-breakpoint
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
--> statement-breakpoint
DROP TRIGGER `articles_ever_public_insert`;
--> statement-breakpoint
CREATE TRIGGER `articles_ever_public_insert` AFTER INSERT ON `articles`
WHEN EXISTS (SELECT 1 FROM `public_articles` v WHERE v.id = new.id) BEGIN
  INSERT OR IGNORE INTO `ever_public`(resource_type, resource_id) VALUES ('article', new.id);
END;
--> statement-breakpoint
DROP TRIGGER `articles_ever_public_update`;
--> statement-breakpoint
CREATE TRIGGER `articles_ever_public_update` AFTER UPDATE OF status ON `articles`
WHEN EXISTS (SELECT 1 FROM `public_articles` v WHERE v.id = new.id) BEGIN
  INSERT OR IGNORE INTO `ever_public`(resource_type, resource_id) VALUES ('article', new.id);
  INSERT OR IGNORE INTO `ever_public`(resource_type, resource_id)
  SELECT 'quote', id FROM `public_quotes` WHERE article_id = new.id;
END;
--> statement-breakpoint
DROP TRIGGER `quotes_ever_public_insert`;
--> statement-breakpoint
CREATE TRIGGER `quotes_ever_public_insert` AFTER INSERT ON `quotes`
WHEN EXISTS (SELECT 1 FROM `public_quotes` v WHERE v.id = new.id) BEGIN
  INSERT OR IGNORE INTO `ever_public`(resource_type, resource_id) VALUES ('quote', new.id);
END;
--> statement-breakpoint
DROP TRIGGER `quotes_ever_public_move`;
--> statement-breakpoint
CREATE TRIGGER `quotes_ever_public_move` AFTER UPDATE OF article_id ON `quotes`
WHEN EXISTS (SELECT 1 FROM `public_quotes` v WHERE v.id = new.id) BEGIN
  INSERT OR IGNORE INTO `ever_public`(resource_type, resource_id) VALUES ('quote', new.id);
END;
--> statement-breakpoint
DROP TRIGGER `people_ever_public_insert`;
--> statement-breakpoint
CREATE TRIGGER `people_ever_public_insert` AFTER INSERT ON `people`
WHEN EXISTS (SELECT 1 FROM `public_people` v WHERE v.id = new.id) BEGIN
  INSERT OR IGNORE INTO `ever_public`(resource_type, resource_id) VALUES ('person', new.id);
END;
--> statement-breakpoint
DROP TRIGGER `people_ever_public_confirm`;
--> statement-breakpoint
CREATE TRIGGER `people_ever_public_confirm` AFTER UPDATE OF suggested ON `people`
WHEN EXISTS (SELECT 1 FROM `public_people` v WHERE v.id = new.id) BEGIN
  INSERT OR IGNORE INTO `ever_public`(resource_type, resource_id) VALUES ('person', new.id);
END;
--> statement-breakpoint
DROP TRIGGER `places_ever_public_insert`;
--> statement-breakpoint
CREATE TRIGGER `places_ever_public_insert` AFTER INSERT ON `places`
WHEN EXISTS (SELECT 1 FROM `public_places` v WHERE v.id = new.id) BEGIN
  INSERT OR IGNORE INTO `ever_public`(resource_type, resource_id) VALUES ('place', new.id);
END;
--> statement-breakpoint
DROP TRIGGER `places_ever_public_confirm`;
--> statement-breakpoint
CREATE TRIGGER `places_ever_public_confirm` AFTER UPDATE OF suggested ON `places`
WHEN EXISTS (SELECT 1 FROM `public_places` v WHERE v.id = new.id) BEGIN
  INSERT OR IGNORE INTO `ever_public`(resource_type, resource_id) VALUES ('place', new.id);
END;
--> statement-breakpoint
DROP TRIGGER `organisations_ever_public_insert`;
--> statement-breakpoint
CREATE TRIGGER `organisations_ever_public_insert` AFTER INSERT ON `organisations`
WHEN EXISTS (SELECT 1 FROM `public_organisations` v WHERE v.id = new.id) BEGIN
  INSERT OR IGNORE INTO `ever_public`(resource_type, resource_id) VALUES ('organisation', new.id);
END;
--> statement-breakpoint
DROP TRIGGER `organisations_ever_public_confirm`;
--> statement-breakpoint
CREATE TRIGGER `organisations_ever_public_confirm` AFTER UPDATE OF suggested ON `organisations`
WHEN EXISTS (SELECT 1 FROM `public_organisations` v WHERE v.id = new.id) BEGIN
  INSERT OR IGNORE INTO `ever_public`(resource_type, resource_id) VALUES ('organisation', new.id);
END;
--> statement-breakpoint

-- A stored article document (migrations 0011-0012) leaves out what the public may not see: hidden
-- entities, and references to them from the entities it shows (a role's organisation or country,
-- a place's parent, an organisation's country read as null). When an entity is confirmed or
-- hidden again, the documents showing something that refers to it go too.
CREATE TRIGGER `organisations_document_referrers` AFTER UPDATE OF suggested ON `organisations` BEGIN
  DELETE FROM `article_documents` WHERE article_id IN (
    SELECT m.article_id FROM `person_roles` r JOIN `mentions` m ON m.person_id = r.person_id WHERE r.organisation_id = new.id
    UNION SELECT q.article_id FROM `person_roles` r JOIN `quotes` q ON q.speaker_person_id = r.person_id WHERE r.organisation_id = new.id
  );
END;
--> statement-breakpoint
CREATE TRIGGER `places_document_referrers` AFTER UPDATE OF suggested ON `places` BEGIN
  DELETE FROM `article_documents` WHERE article_id IN (
    SELECT m.article_id FROM `places` child JOIN `mentions` m ON m.place_id = child.id WHERE child.parent_id = new.id
    UNION SELECT m.article_id FROM `organisations` o JOIN `mentions` m ON m.organisation_id = o.id WHERE o.country_id = new.id
    UNION SELECT q.article_id FROM `organisations` o JOIN `quotes` q ON q.speaker_organisation_id = o.id WHERE o.country_id = new.id
    UNION SELECT m.article_id FROM `person_roles` r JOIN `mentions` m ON m.person_id = r.person_id WHERE r.country_id = new.id
    UNION SELECT q.article_id FROM `person_roles` r JOIN `quotes` q ON q.speaker_person_id = r.person_id WHERE r.country_id = new.id
  );
END;
