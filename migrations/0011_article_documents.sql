CREATE TABLE `article_documents` (
	`article_id` text PRIMARY KEY NOT NULL,
	`article` text NOT NULL,
	`quotes` text NOT NULL,
	`quote_keys` text NOT NULL,
	`quotes_updated_at` text,
	`people` text NOT NULL,
	`people_keys` text NOT NULL,
	`people_updated_at` text,
	`places` text NOT NULL,
	`place_keys` text NOT NULL,
	`places_updated_at` text,
	`organisations` text NOT NULL,
	`organisation_keys` text NOT NULL,
	`organisations_updated_at` text,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
