-- What has ever been public, kept by triggers in the same transaction as the change that made it so.
-- The change feed shows a tombstone only for these: drafts that were never published stay out of it.
CREATE TRIGGER `articles_ever_public_insert` AFTER INSERT ON `articles`
WHEN new.status IN ('published', 'archived') BEGIN
  INSERT OR IGNORE INTO `ever_public`(resource_type, resource_id) VALUES ('article', new.id);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_ever_public_update` AFTER UPDATE OF status ON `articles`
WHEN new.status IN ('published', 'archived') BEGIN
  INSERT OR IGNORE INTO `ever_public`(resource_type, resource_id) VALUES ('article', new.id);
  INSERT OR IGNORE INTO `ever_public`(resource_type, resource_id)
  SELECT 'quote', id FROM `quotes` WHERE article_id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `quotes_ever_public_insert` AFTER INSERT ON `quotes`
WHEN (SELECT status FROM `articles` WHERE id = new.article_id) IN ('published', 'archived') BEGIN
  INSERT OR IGNORE INTO `ever_public`(resource_type, resource_id) VALUES ('quote', new.id);
END;
--> statement-breakpoint
CREATE TRIGGER `quotes_ever_public_move` AFTER UPDATE OF article_id ON `quotes`
WHEN (SELECT status FROM `articles` WHERE id = new.article_id) IN ('published', 'archived') BEGIN
  INSERT OR IGNORE INTO `ever_public`(resource_type, resource_id) VALUES ('quote', new.id);
END;
--> statement-breakpoint
CREATE TRIGGER `people_ever_public_insert` AFTER INSERT ON `people` WHEN new.suggested = 0 BEGIN
  INSERT OR IGNORE INTO `ever_public`(resource_type, resource_id) VALUES ('person', new.id);
END;
--> statement-breakpoint
CREATE TRIGGER `people_ever_public_confirm` AFTER UPDATE OF suggested ON `people` WHEN new.suggested = 0 BEGIN
  INSERT OR IGNORE INTO `ever_public`(resource_type, resource_id) VALUES ('person', new.id);
END;
--> statement-breakpoint
CREATE TRIGGER `places_ever_public_insert` AFTER INSERT ON `places` WHEN new.suggested = 0 BEGIN
  INSERT OR IGNORE INTO `ever_public`(resource_type, resource_id) VALUES ('place', new.id);
END;
--> statement-breakpoint
CREATE TRIGGER `places_ever_public_confirm` AFTER UPDATE OF suggested ON `places` WHEN new.suggested = 0 BEGIN
  INSERT OR IGNORE INTO `ever_public`(resource_type, resource_id) VALUES ('place', new.id);
END;
--> statement-breakpoint
CREATE TRIGGER `organisations_ever_public_insert` AFTER INSERT ON `organisations` WHEN new.suggested = 0 BEGIN
  INSERT OR IGNORE INTO `ever_public`(resource_type, resource_id) VALUES ('organisation', new.id);
END;
--> statement-breakpoint
CREATE TRIGGER `organisations_ever_public_confirm` AFTER UPDATE OF suggested ON `organisations`
WHEN new.suggested = 0 BEGIN
  INSERT OR IGNORE INTO `ever_public`(resource_type, resource_id) VALUES ('organisation', new.id);
END;
--> statement-breakpoint
-- What was public before this migration. An article deleted before it leaves no row, so its
-- tombstones disappear from the feed: acceptable, since feeds before 0006 had no writes to delete.
INSERT OR IGNORE INTO `ever_public`(resource_type, resource_id)
SELECT 'article', id FROM `articles` WHERE status IN ('published', 'archived');
--> statement-breakpoint
INSERT OR IGNORE INTO `ever_public`(resource_type, resource_id)
SELECT 'quote', q.id FROM `quotes` q JOIN `articles` a ON a.id = q.article_id WHERE a.status IN ('published', 'archived');
--> statement-breakpoint
INSERT OR IGNORE INTO `ever_public`(resource_type, resource_id) SELECT 'person', id FROM `people` WHERE suggested = 0;
--> statement-breakpoint
INSERT OR IGNORE INTO `ever_public`(resource_type, resource_id) SELECT 'place', id FROM `places` WHERE suggested = 0;
--> statement-breakpoint
INSERT OR IGNORE INTO `ever_public`(resource_type, resource_id)
SELECT 'organisation', id FROM `organisations` WHERE suggested = 0;
