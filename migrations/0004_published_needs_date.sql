-- A published or archived article must have a publication date: lists order and page by it, and a
-- NULL would fall outside every keyset page. (SQLite cannot add a CHECK to an existing table.)
CREATE TRIGGER `articles_published_needs_date_insert` BEFORE INSERT ON `articles`
WHEN new.status IN ('published', 'archived') AND new.published_at IS NULL BEGIN
  SELECT RAISE(ABORT, 'published_at is required when status is published or archived');
END;
--> statement-breakpoint
CREATE TRIGGER `articles_published_needs_date_update` BEFORE UPDATE OF status, published_at ON `articles`
WHEN new.status IN ('published', 'archived') AND new.published_at IS NULL BEGIN
  SELECT RAISE(ABORT, 'published_at is required when status is published or archived');
END;
