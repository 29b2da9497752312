CREATE INDEX `articles_id_version_idx` ON `articles` (`id`,`status`,`updated_at`);--> statement-breakpoint
CREATE INDEX `articles_slug_version_idx` ON `articles` (`slug`,`status`,`updated_at`,`id`);