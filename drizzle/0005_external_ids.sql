ALTER TABLE `hosts` ADD `external_id` text;--> statement-breakpoint
CREATE UNIQUE INDEX `hosts_external_id_idx` ON `hosts` (`external_id`);--> statement-breakpoint
ALTER TABLE `opportunities` ADD `external_id` text;--> statement-breakpoint
CREATE UNIQUE INDEX `opportunities_external_id_idx` ON `opportunities` (`external_id`);