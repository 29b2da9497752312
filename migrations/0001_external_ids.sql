ALTER TABLE `organisations` ADD `same_as` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `people` ADD `same_as` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `places` ADD `same_as` text DEFAULT '[]' NOT NULL;