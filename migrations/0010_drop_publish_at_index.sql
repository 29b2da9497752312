-- Scheduled articles are few: the (status, published_at) index finds them. The (status, publish_at) index
-- of 0006 only misled the planner on analysed databases into sorting every published article.
DROP INDEX `articles_status_publish_at_idx`;