ALTER TABLE `participants` ADD `erased_at` text;--> statement-breakpoint
ALTER TABLE `participants` ADD `erasure_reason` text;