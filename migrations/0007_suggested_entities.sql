ALTER TABLE `organisations` ADD `suggested` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `people` ADD `suggested` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `places` ADD `suggested` integer DEFAULT false NOT NULL;