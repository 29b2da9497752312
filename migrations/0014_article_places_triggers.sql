-- article_places holds, for each article, every place it mentions and every place those are in,
-- with the article's status and publication date. These triggers keep it true in the same
-- transaction as the write that changes it. Writes recompute what they touch from `mentions` and
-- the hierarchy in `places`, so the table always equals what the recursive query would find.

-- A new mention of a place: the article is now about that place and everywhere it is in.
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
--> statement-breakpoint
-- A mention gone: another mention may still place the article there, so its places are recomputed.
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
--> statement-breakpoint
-- A mention moved to another place or article: both articles are recomputed.
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
--> statement-breakpoint
-- The copies of the article's status and date follow the article.
CREATE TRIGGER `articles_article_places_update` AFTER UPDATE OF status, published_at ON `articles` BEGIN
  UPDATE `article_places` SET status = new.status, published_at = new.published_at WHERE article_id = new.id;
END;
--> statement-breakpoint
-- A place moved in the hierarchy: every article about it or anything inside it is recomputed
-- (they leave the old surroundings and join the new ones). Rare, and bounded by those articles.
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
--> statement-breakpoint
-- Deleted articles and places take their rows with them (foreign keys, ON DELETE CASCADE).
INSERT OR IGNORE INTO `article_places`(article_id, place_id, status, published_at)
SELECT a.id, around.place_id, a.status, a.published_at
FROM `articles` a JOIN (
  WITH RECURSIVE up(article_id, place_id) AS (
    SELECT article_id, place_id FROM `mentions` WHERE place_id IS NOT NULL
    UNION SELECT up.article_id, p.parent_id FROM `places` p JOIN up ON p.id = up.place_id WHERE p.parent_id IS NOT NULL
  ) SELECT article_id, place_id FROM up
) around ON a.id = around.article_id;
