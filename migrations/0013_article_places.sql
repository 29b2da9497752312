CREATE TABLE `article_places` (
	`article_id` text NOT NULL,
	`place_id` text NOT NULL,
	`status` text NOT NULL,
	`published_at` text,
	PRIMARY KEY(`article_id`, `place_id`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`place_id`) REFERENCES `places`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `article_places_place_idx` ON `article_places` (`place_id`,`status`,`published_at`,`article_id`);