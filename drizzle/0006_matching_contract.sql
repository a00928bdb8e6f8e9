ALTER TABLE `opportunities` ADD `attendance` text DEFAULT 'any' NOT NULL;--> statement-breakpoint
ALTER TABLE `opportunities` ADD `months` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `participants` ADD `home_station` text;--> statement-breakpoint
ALTER TABLE `participants` ADD `preferences` text;--> statement-breakpoint
ALTER TABLE `participants` ADD `circumstances` text;