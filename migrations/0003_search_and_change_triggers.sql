-- Full-text search (FTS5, external content: the text stays in the base tables) and the change feed.
-- Both are kept by triggers, so every write path updates them in the same transaction.
-- unicode61 with remove_diacritics 2 folds case and diacritics: 'kyiv' finds 'Kyiv', 'cafe' finds 'café'.
-- External content indexes rows by rowid: after a VACUUM (which may renumber rowids) run
-- INSERT INTO <table>_fts(<table>_fts) VALUES ('rebuild') for each table; Dateline itself never vacuums.

CREATE VIRTUAL TABLE `articles_fts` USING fts5(headline, standfirst, plain_text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `articles_fts_insert` AFTER INSERT ON `articles` BEGIN
  INSERT INTO `articles_fts`(rowid, headline, standfirst, plain_text) VALUES (new.rowid, new.headline, new.standfirst, new.plain_text);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_delete` AFTER DELETE ON `articles` BEGIN
  INSERT INTO `articles_fts`(`articles_fts`, rowid, headline, standfirst, plain_text) VALUES ('delete', old.rowid, old.headline, old.standfirst, old.plain_text);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_update` AFTER UPDATE OF headline, standfirst, plain_text ON `articles` BEGIN
  INSERT INTO `articles_fts`(`articles_fts`, rowid, headline, standfirst, plain_text) VALUES ('delete', old.rowid, old.headline, old.standfirst, old.plain_text);
  INSERT INTO `articles_fts`(rowid, headline, standfirst, plain_text) VALUES (new.rowid, new.headline, new.standfirst, new.plain_text);
END;
--> statement-breakpoint
INSERT INTO `articles_fts`(`articles_fts`) VALUES ('rebuild');
--> statement-breakpoint
CREATE TRIGGER `articles_change_create` AFTER INSERT ON `articles` BEGIN
  INSERT INTO `changes`(resource_type, resource_id, action, changed_at) VALUES ('article', new.id, 'create', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER `articles_change_update` AFTER UPDATE ON `articles` BEGIN
  INSERT INTO `changes`(resource_type, resource_id, action, changed_at) VALUES ('article', new.id, 'update', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER `articles_change_delete` AFTER DELETE ON `articles` BEGIN
  INSERT INTO `changes`(resource_type, resource_id, action, changed_at) VALUES ('article', old.id, 'delete', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `quotes_fts` USING fts5(text, content='quotes', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `quotes_fts_insert` AFTER INSERT ON `quotes` BEGIN
  INSERT INTO `quotes_fts`(rowid, text) VALUES (new.rowid, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `quotes_fts_delete` AFTER DELETE ON `quotes` BEGIN
  INSERT INTO `quotes_fts`(`quotes_fts`, rowid, text) VALUES ('delete', old.rowid, old.text);
END;
--> statement-breakpoint
CREATE TRIGGER `quotes_fts_update` AFTER UPDATE OF text ON `quotes` BEGIN
  INSERT INTO `quotes_fts`(`quotes_fts`, rowid, text) VALUES ('delete', old.rowid, old.text);
  INSERT INTO `quotes_fts`(rowid, text) VALUES (new.rowid, new.text);
END;
--> statement-breakpoint
INSERT INTO `quotes_fts`(`quotes_fts`) VALUES ('rebuild');
--> statement-breakpoint
CREATE TRIGGER `quotes_change_create` AFTER INSERT ON `quotes` BEGIN
  INSERT INTO `changes`(resource_type, resource_id, action, changed_at) VALUES ('quote', new.id, 'create', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER `quotes_change_update` AFTER UPDATE ON `quotes` BEGIN
  INSERT INTO `changes`(resource_type, resource_id, action, changed_at) VALUES ('quote', new.id, 'update', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER `quotes_change_delete` AFTER DELETE ON `quotes` BEGIN
  INSERT INTO `changes`(resource_type, resource_id, action, changed_at) VALUES ('quote', old.id, 'delete', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `people_fts` USING fts5(name, aliases, content='people', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `people_fts_insert` AFTER INSERT ON `people` BEGIN
  INSERT INTO `people_fts`(rowid, name, aliases) VALUES (new.rowid, new.name, new.aliases);
END;
--> statement-breakpoint
CREATE TRIGGER `people_fts_delete` AFTER DELETE ON `people` BEGIN
  INSERT INTO `people_fts`(`people_fts`, rowid, name, aliases) VALUES ('delete', old.rowid, old.name, old.aliases);
END;
--> statement-breakpoint
CREATE TRIGGER `people_fts_update` AFTER UPDATE OF name, aliases ON `people` BEGIN
  INSERT INTO `people_fts`(`people_fts`, rowid, name, aliases) VALUES ('delete', old.rowid, old.name, old.aliases);
  INSERT INTO `people_fts`(rowid, name, aliases) VALUES (new.rowid, new.name, new.aliases);
END;
--> statement-breakpoint
INSERT INTO `people_fts`(`people_fts`) VALUES ('rebuild');
--> statement-breakpoint
CREATE TRIGGER `people_change_create` AFTER INSERT ON `people` BEGIN
  INSERT INTO `changes`(resource_type, resource_id, action, changed_at) VALUES ('person', new.id, 'create', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER `people_change_update` AFTER UPDATE ON `people` BEGIN
  INSERT INTO `changes`(resource_type, resource_id, action, changed_at) VALUES ('person', new.id, 'update', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER `people_change_delete` AFTER DELETE ON `people` BEGIN
  INSERT INTO `changes`(resource_type, resource_id, action, changed_at) VALUES ('person', old.id, 'delete', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `places_fts` USING fts5(name, aliases, content='places', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `places_fts_insert` AFTER INSERT ON `places` BEGIN
  INSERT INTO `places_fts`(rowid, name, aliases) VALUES (new.rowid, new.name, new.aliases);
END;
--> statement-breakpoint
CREATE TRIGGER `places_fts_delete` AFTER DELETE ON `places` BEGIN
  INSERT INTO `places_fts`(`places_fts`, rowid, name, aliases) VALUES ('delete', old.rowid, old.name, old.aliases);
END;
--> statement-breakpoint
CREATE TRIGGER `places_fts_update` AFTER UPDATE OF name, aliases ON `places` BEGIN
  INSERT INTO `places_fts`(`places_fts`, rowid, name, aliases) VALUES ('delete', old.rowid, old.name, old.aliases);
  INSERT INTO `places_fts`(rowid, name, aliases) VALUES (new.rowid, new.name, new.aliases);
END;
--> statement-breakpoint
INSERT INTO `places_fts`(`places_fts`) VALUES ('rebuild');
--> statement-breakpoint
CREATE TRIGGER `places_change_create` AFTER INSERT ON `places` BEGIN
  INSERT INTO `changes`(resource_type, resource_id, action, changed_at) VALUES ('place', new.id, 'create', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER `places_change_update` AFTER UPDATE ON `places` BEGIN
  INSERT INTO `changes`(resource_type, resource_id, action, changed_at) VALUES ('place', new.id, 'update', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER `places_change_delete` AFTER DELETE ON `places` BEGIN
  INSERT INTO `changes`(resource_type, resource_id, action, changed_at) VALUES ('place', old.id, 'delete', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `organisations_fts` USING fts5(name, aliases, content='organisations', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `organisations_fts_insert` AFTER INSERT ON `organisations` BEGIN
  INSERT INTO `organisations_fts`(rowid, name, aliases) VALUES (new.rowid, new.name, new.aliases);
END;
--> statement-breakpoint
CREATE TRIGGER `organisations_fts_delete` AFTER DELETE ON `organisations` BEGIN
  INSERT INTO `organisations_fts`(`organisations_fts`, rowid, name, aliases) VALUES ('delete', old.rowid, old.name, old.aliases);
END;
--> statement-breakpoint
CREATE TRIGGER `organisations_fts_update` AFTER UPDATE OF name, aliases ON `organisations` BEGIN
  INSERT INTO `organisations_fts`(`organisations_fts`, rowid, name, aliases) VALUES ('delete', old.rowid, old.name, old.aliases);
  INSERT INTO `organisations_fts`(rowid, name, aliases) VALUES (new.rowid, new.name, new.aliases);
END;
--> statement-breakpoint
INSERT INTO `organisations_fts`(`organisations_fts`) VALUES ('rebuild');
--> statement-breakpoint
CREATE TRIGGER `organisations_change_create` AFTER INSERT ON `organisations` BEGIN
  INSERT INTO `changes`(resource_type, resource_id, action, changed_at) VALUES ('organisation', new.id, 'create', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER `organisations_change_update` AFTER UPDATE ON `organisations` BEGIN
  INSERT INTO `changes`(resource_type, resource_id, action, changed_at) VALUES ('organisation', new.id, 'update', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER `organisations_change_delete` AFTER DELETE ON `organisations` BEGIN
  INSERT INTO `changes`(resource_type, resource_id, action, changed_at) VALUES ('organisation', old.id, 'delete', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER `person_roles_change_insert` AFTER INSERT ON `person_roles` BEGIN
  INSERT INTO `changes`(resource_type, resource_id, action, changed_at) VALUES ('person', new.person_id, 'update', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER `person_roles_change_update` AFTER UPDATE ON `person_roles` BEGIN
  INSERT INTO `changes`(resource_type, resource_id, action, changed_at) VALUES ('person', new.person_id, 'update', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER `person_roles_change_delete` AFTER DELETE ON `person_roles` BEGIN
  INSERT INTO `changes`(resource_type, resource_id, action, changed_at) VALUES ('person', old.person_id, 'update', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
-- Rows that existed before the change feed: one 'create' each, parents before children.
INSERT INTO `changes`(resource_type, resource_id, action, changed_at) SELECT 'place', id, 'create', created_at FROM `places` ORDER BY created_at, rowid;
--> statement-breakpoint
INSERT INTO `changes`(resource_type, resource_id, action, changed_at) SELECT 'organisation', id, 'create', created_at FROM `organisations` ORDER BY created_at, rowid;
--> statement-breakpoint
INSERT INTO `changes`(resource_type, resource_id, action, changed_at) SELECT 'person', id, 'create', created_at FROM `people` ORDER BY created_at, rowid;
--> statement-breakpoint
INSERT INTO `changes`(resource_type, resource_id, action, changed_at) SELECT 'article', id, 'create', created_at FROM `articles` ORDER BY created_at, rowid;
--> statement-breakpoint
INSERT INTO `changes`(resource_type, resource_id, action, changed_at) SELECT 'quote', id, 'create', created_at FROM `quotes` ORDER BY created_at, rowid;
