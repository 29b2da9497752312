CREATE TABLE `articles` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`headline` text NOT NULL,
	`headline_editorial` integer DEFAULT false NOT NULL,
	`standfirst` text,
	`body` text NOT NULL,
	`plain_text` text NOT NULL,
	`credit` text,
	`source` text,
	`language` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`published_at` text,
	`published_at_source` text,
	`word_count` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `articles_slug_unique` ON `articles` (`slug`);--> statement-breakpoint
CREATE INDEX `articles_status_published_idx` ON `articles` (`status`,`published_at`,`id`);--> statement-breakpoint
CREATE TABLE `mentions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` text NOT NULL,
	`person_id` text,
	`place_id` text,
	`organisation_id` text,
	`start_offset` integer NOT NULL,
	`end_offset` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`place_id`) REFERENCES `places`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "mentions_one_entity" CHECK(("mentions"."person_id" IS NOT NULL) + ("mentions"."place_id" IS NOT NULL) + ("mentions"."organisation_id" IS NOT NULL) = 1),
	CONSTRAINT "mentions_offsets" CHECK(0 <= "mentions"."start_offset" AND "mentions"."start_offset" < "mentions"."end_offset")
);
--> statement-breakpoint
CREATE INDEX `mentions_article_idx` ON `mentions` (`article_id`,`start_offset`);--> statement-breakpoint
CREATE INDEX `mentions_person_idx` ON `mentions` (`person_id`,`article_id`);--> statement-breakpoint
CREATE INDEX `mentions_place_idx` ON `mentions` (`place_id`,`article_id`);--> statement-breakpoint
CREATE INDEX `mentions_organisation_idx` ON `mentions` (`organisation_id`,`article_id`);--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`aliases` text DEFAULT '[]' NOT NULL,
	`kind` text NOT NULL,
	`country_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`country_id`) REFERENCES `places`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_slug_unique` ON `organisations` (`slug`);--> statement-breakpoint
CREATE INDEX `organisations_name_idx` ON `organisations` (`name`,`id`);--> statement-breakpoint
CREATE INDEX `organisations_country_idx` ON `organisations` (`country_id`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`aliases` text DEFAULT '[]' NOT NULL,
	`nationality` text,
	`nationality_source` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `people_slug_unique` ON `people` (`slug`);--> statement-breakpoint
CREATE INDEX `people_name_idx` ON `people` (`name`,`id`);--> statement-breakpoint
CREATE TABLE `person_roles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` text NOT NULL,
	`title` text NOT NULL,
	`organisation_id` text,
	`country_id` text,
	`started_on` text,
	`ended_on` text,
	`source` text,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`country_id`) REFERENCES `places`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `person_roles_person_idx` ON `person_roles` (`person_id`);--> statement-breakpoint
CREATE INDEX `person_roles_organisation_idx` ON `person_roles` (`organisation_id`);--> statement-breakpoint
CREATE INDEX `person_roles_country_idx` ON `person_roles` (`country_id`);--> statement-breakpoint
CREATE TABLE `places` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`aliases` text DEFAULT '[]' NOT NULL,
	`kind` text NOT NULL,
	`parent_id` text,
	`iso_code` text,
	`latitude` real,
	`longitude` real,
	`coordinates_source` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `places`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "places_coordinates_paired" CHECK(("places"."latitude" IS NULL) = ("places"."longitude" IS NULL)),
	CONSTRAINT "places_coordinates_sourced" CHECK("places"."latitude" IS NULL OR "places"."coordinates_source" IS NOT NULL)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `places_slug_unique` ON `places` (`slug`);--> statement-breakpoint
CREATE INDEX `places_parent_idx` ON `places` (`parent_id`);--> statement-breakpoint
CREATE INDEX `places_name_idx` ON `places` (`name`,`id`);--> statement-breakpoint
CREATE TABLE `quotes` (
	`id` text PRIMARY KEY NOT NULL,
	`article_id` text NOT NULL,
	`speaker_person_id` text,
	`speaker_organisation_id` text,
	`text` text NOT NULL,
	`kind` text NOT NULL,
	`channel` text,
	`start_offset` integer NOT NULL,
	`end_offset` integer NOT NULL,
	`speaker_mention_start` integer,
	`speaker_mention_end` integer,
	`said_at` text,
	`said_at_source` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`speaker_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`speaker_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "quotes_one_speaker" CHECK("quotes"."speaker_person_id" IS NULL OR "quotes"."speaker_organisation_id" IS NULL),
	CONSTRAINT "quotes_offsets" CHECK(0 <= "quotes"."start_offset" AND "quotes"."start_offset" < "quotes"."end_offset")
);
--> statement-breakpoint
CREATE INDEX `quotes_article_idx` ON `quotes` (`article_id`,`start_offset`,`id`);--> statement-breakpoint
CREATE INDEX `quotes_speaker_person_idx` ON `quotes` (`speaker_person_id`,`article_id`,`start_offset`);--> statement-breakpoint
CREATE INDEX `quotes_speaker_organisation_idx` ON `quotes` (`speaker_organisation_id`,`article_id`,`start_offset`);--> statement-breakpoint
CREATE TABLE `seed_runs` (
	`name` text PRIMARY KEY NOT NULL,
	`applied_at` text NOT NULL
);
