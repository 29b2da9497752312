CREATE TABLE `changes` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`resource_type` text NOT NULL,
	`resource_id` text NOT NULL,
	`action` text NOT NULL,
	`changed_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `changes_resource_idx` ON `changes` (`resource_type`,`resource_id`);--> statement-breakpoint
CREATE INDEX `articles_status_updated_idx` ON `articles` (`status`,`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `articles_status_created_idx` ON `articles` (`status`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `articles_status_headline_idx` ON `articles` (`status`,`headline`,`id`);--> statement-breakpoint
CREATE INDEX `articles_status_words_idx` ON `articles` (`status`,`word_count`,`id`);--> statement-breakpoint
CREATE INDEX `articles_language_idx` ON `articles` (`language`,`status`,`published_at`);--> statement-breakpoint
CREATE INDEX `organisations_kind_idx` ON `organisations` (`kind`,`name`,`id`);--> statement-breakpoint
CREATE INDEX `organisations_updated_idx` ON `organisations` (`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `organisations_created_idx` ON `organisations` (`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `people_nationality_idx` ON `people` (`nationality`,`name`,`id`);--> statement-breakpoint
CREATE INDEX `people_updated_idx` ON `people` (`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `people_created_idx` ON `people` (`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `person_roles_title_idx` ON `person_roles` (lower("title"));--> statement-breakpoint
CREATE INDEX `places_kind_idx` ON `places` (`kind`,`name`,`id`);--> statement-breakpoint
CREATE INDEX `places_updated_idx` ON `places` (`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `places_created_idx` ON `places` (`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `places_coordinates_idx` ON `places` (`latitude`,`longitude`);