-- A quote is public only while its article is: when an article's status changes, each of its
-- quotes changes visibility too, so the change feed records one entry per quote (read as a
-- tombstone while the article is not public, as an update once it is again).
CREATE TRIGGER `articles_status_changes_quotes` AFTER UPDATE OF status ON `articles`
WHEN old.status IS NOT new.status BEGIN
  INSERT INTO `changes`(resource_type, resource_id, action, changed_at)
  SELECT 'quote', id, 'update', strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM `quotes` WHERE article_id = new.id;
END;
