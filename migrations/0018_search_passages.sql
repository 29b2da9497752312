-- Search snippets from bounded passages (issue 11, finding 2). FTS5's snippet() scores every window around
-- every match in a row, which is quadratic in the matches: a long published article stalled every request
-- for seconds. Rows whose searchable text is long (src/lib/passages.ts) are also indexed here, cut into
-- passages of about 1,000 characters; a hit's snippet is made from its first matching passage. Ranking is
-- unchanged: bm25 over the whole row, in <table>_fts.
--
-- One table for every type, its columns the union of theirs, so that a query valid for a type's own index
-- (column filters included) is valid here. rowid = kind << 60 | source rowid << 20 | passage number, kinds
-- 1 article, 2 quote, 3 person, 4 place, 5 organisation: a row's passages are one rowid range, which FTS5
-- seeks directly. `cut` says whether the passage starts (1) and/or ends (2) inside its column's text.
--
-- The passages are made by text_passages(), a table-valued function the app registers on every connection
-- it opens (src/db/client.ts): a write to these tables from another client (the sqlite3 shell) fails with
-- "no such table: text_passages" rather than leaving the passages stale.
CREATE VIRTUAL TABLE `search_passages` USING fts5(headline, standfirst, plain_text, text, name, aliases, cut UNINDEXED, tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `articles_passages_insert` AFTER INSERT ON `articles` BEGIN
  INSERT INTO `search_passages`(rowid, cut, headline, standfirst, plain_text)
    SELECT (1 << 60) + new.rowid * 1048576 + p.n, p.cut, p.c0, p.c1, p.c2 FROM text_passages(coalesce(new.headline, ''), coalesce(new.standfirst, ''), coalesce(new.plain_text, '')) p;
END;
--> statement-breakpoint
CREATE TRIGGER `articles_passages_update` AFTER UPDATE OF headline, standfirst, plain_text ON `articles` BEGIN
  DELETE FROM `search_passages` WHERE rowid BETWEEN (1 << 60) + old.rowid * 1048576 AND (1 << 60) + old.rowid * 1048576 + 1048575;
  INSERT INTO `search_passages`(rowid, cut, headline, standfirst, plain_text)
    SELECT (1 << 60) + new.rowid * 1048576 + p.n, p.cut, p.c0, p.c1, p.c2 FROM text_passages(coalesce(new.headline, ''), coalesce(new.standfirst, ''), coalesce(new.plain_text, '')) p;
END;
--> statement-breakpoint
CREATE TRIGGER `articles_passages_delete` AFTER DELETE ON `articles` BEGIN
  DELETE FROM `search_passages` WHERE rowid BETWEEN (1 << 60) + old.rowid * 1048576 AND (1 << 60) + old.rowid * 1048576 + 1048575;
END;
--> statement-breakpoint
INSERT INTO `search_passages`(rowid, cut, headline, standfirst, plain_text)
  SELECT (1 << 60) + t.rowid * 1048576 + p.n, p.cut, p.c0, p.c1, p.c2 FROM `articles` t, text_passages(coalesce(t.headline, ''), coalesce(t.standfirst, ''), coalesce(t.plain_text, '')) p;
--> statement-breakpoint
CREATE TRIGGER `quotes_passages_insert` AFTER INSERT ON `quotes` BEGIN
  INSERT INTO `search_passages`(rowid, cut, text)
    SELECT (2 << 60) + new.rowid * 1048576 + p.n, p.cut, p.c0 FROM text_passages(coalesce(new.text, '')) p;
END;
--> statement-breakpoint
CREATE TRIGGER `quotes_passages_update` AFTER UPDATE OF text ON `quotes` BEGIN
  DELETE FROM `search_passages` WHERE rowid BETWEEN (2 << 60) + old.rowid * 1048576 AND (2 << 60) + old.rowid * 1048576 + 1048575;
  INSERT INTO `search_passages`(rowid, cut, text)
    SELECT (2 << 60) + new.rowid * 1048576 + p.n, p.cut, p.c0 FROM text_passages(coalesce(new.text, '')) p;
END;
--> statement-breakpoint
CREATE TRIGGER `quotes_passages_delete` AFTER DELETE ON `quotes` BEGIN
  DELETE FROM `search_passages` WHERE rowid BETWEEN (2 << 60) + old.rowid * 1048576 AND (2 << 60) + old.rowid * 1048576 + 1048575;
END;
--> statement-breakpoint
INSERT INTO `search_passages`(rowid, cut, text)
  SELECT (2 << 60) + t.rowid * 1048576 + p.n, p.cut, p.c0 FROM `quotes` t, text_passages(coalesce(t.text, '')) p;
--> statement-breakpoint
CREATE TRIGGER `people_passages_insert` AFTER INSERT ON `people` BEGIN
  INSERT INTO `search_passages`(rowid, cut, name, aliases)
    SELECT (3 << 60) + new.rowid * 1048576 + p.n, p.cut, p.c0, p.c1 FROM text_passages(coalesce(new.name, ''), coalesce(new.aliases, '')) p;
END;
--> statement-breakpoint
CREATE TRIGGER `people_passages_update` AFTER UPDATE OF name, aliases ON `people` BEGIN
  DELETE FROM `search_passages` WHERE rowid BETWEEN (3 << 60) + old.rowid * 1048576 AND (3 << 60) + old.rowid * 1048576 + 1048575;
  INSERT INTO `search_passages`(rowid, cut, name, aliases)
    SELECT (3 << 60) + new.rowid * 1048576 + p.n, p.cut, p.c0, p.c1 FROM text_passages(coalesce(new.name, ''), coalesce(new.aliases, '')) p;
END;
--> statement-breakpoint
CREATE TRIGGER `people_passages_delete` AFTER DELETE ON `people` BEGIN
  DELETE FROM `search_passages` WHERE rowid BETWEEN (3 << 60) + old.rowid * 1048576 AND (3 << 60) + old.rowid * 1048576 + 1048575;
END;
--> statement-breakpoint
INSERT INTO `search_passages`(rowid, cut, name, aliases)
  SELECT (3 << 60) + t.rowid * 1048576 + p.n, p.cut, p.c0, p.c1 FROM `people` t, text_passages(coalesce(t.name, ''), coalesce(t.aliases, '')) p;
--> statement-breakpoint
CREATE TRIGGER `places_passages_insert` AFTER INSERT ON `places` BEGIN
  INSERT INTO `search_passages`(rowid, cut, name, aliases)
    SELECT (4 << 60) + new.rowid * 1048576 + p.n, p.cut, p.c0, p.c1 FROM text_passages(coalesce(new.name, ''), coalesce(new.aliases, '')) p;
END;
--> statement-breakpoint
CREATE TRIGGER `places_passages_update` AFTER UPDATE OF name, aliases ON `places` BEGIN
  DELETE FROM `search_passages` WHERE rowid BETWEEN (4 << 60) + old.rowid * 1048576 AND (4 << 60) + old.rowid * 1048576 + 1048575;
  INSERT INTO `search_passages`(rowid, cut, name, aliases)
    SELECT (4 << 60) + new.rowid * 1048576 + p.n, p.cut, p.c0, p.c1 FROM text_passages(coalesce(new.name, ''), coalesce(new.aliases, '')) p;
END;
--> statement-breakpoint
CREATE TRIGGER `places_passages_delete` AFTER DELETE ON `places` BEGIN
  DELETE FROM `search_passages` WHERE rowid BETWEEN (4 << 60) + old.rowid * 1048576 AND (4 << 60) + old.rowid * 1048576 + 1048575;
END;
--> statement-breakpoint
INSERT INTO `search_passages`(rowid, cut, name, aliases)
  SELECT (4 << 60) + t.rowid * 1048576 + p.n, p.cut, p.c0, p.c1 FROM `places` t, text_passages(coalesce(t.name, ''), coalesce(t.aliases, '')) p;
--> statement-breakpoint
CREATE TRIGGER `organisations_passages_insert` AFTER INSERT ON `organisations` BEGIN
  INSERT INTO `search_passages`(rowid, cut, name, aliases)
    SELECT (5 << 60) + new.rowid * 1048576 + p.n, p.cut, p.c0, p.c1 FROM text_passages(coalesce(new.name, ''), coalesce(new.aliases, '')) p;
END;
--> statement-breakpoint
CREATE TRIGGER `organisations_passages_update` AFTER UPDATE OF name, aliases ON `organisations` BEGIN
  DELETE FROM `search_passages` WHERE rowid BETWEEN (5 << 60) + old.rowid * 1048576 AND (5 << 60) + old.rowid * 1048576 + 1048575;
  INSERT INTO `search_passages`(rowid, cut, name, aliases)
    SELECT (5 << 60) + new.rowid * 1048576 + p.n, p.cut, p.c0, p.c1 FROM text_passages(coalesce(new.name, ''), coalesce(new.aliases, '')) p;
END;
--> statement-breakpoint
CREATE TRIGGER `organisations_passages_delete` AFTER DELETE ON `organisations` BEGIN
  DELETE FROM `search_passages` WHERE rowid BETWEEN (5 << 60) + old.rowid * 1048576 AND (5 << 60) + old.rowid * 1048576 + 1048575;
END;
--> statement-breakpoint
INSERT INTO `search_passages`(rowid, cut, name, aliases)
  SELECT (5 << 60) + t.rowid * 1048576 + p.n, p.cut, p.c0, p.c1 FROM `organisations` t, text_passages(coalesce(t.name, ''), coalesce(t.aliases, '')) p;
