CREATE TABLE `audit_events` (
	`id` text PRIMARY KEY NOT NULL,
	`at` text NOT NULL,
	`actor_id` text,
	`actor_role` text,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text,
	`outcome` text NOT NULL,
	`request_id` text
);
--> statement-breakpoint
CREATE INDEX `audit_entity_idx` ON `audit_events` (`entity_id`);--> statement-breakpoint
CREATE INDEX `audit_actor_idx` ON `audit_events` (`actor_id`);--> statement-breakpoint
CREATE TABLE `catalog_state` (
	`id` integer PRIMARY KEY NOT NULL,
	`version` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `hosts` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`name_kana` text,
	`type` text NOT NULL,
	`area` text NOT NULL,
	`address` text,
	`contact` text NOT NULL,
	`understanding` text NOT NULL,
	`status` text NOT NULL,
	`notes` text,
	`created_by` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `hosts_area_idx` ON `hosts` (`area`);--> statement-breakpoint
CREATE INDEX `hosts_status_idx` ON `hosts` (`status`);--> statement-breakpoint
CREATE TABLE `opportunities` (
	`id` text PRIMARY KEY NOT NULL,
	`host_id` text NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`description` text NOT NULL,
	`tags` text NOT NULL,
	`schedule` text NOT NULL,
	`area` text NOT NULL,
	`station` text,
	`lat` real,
	`lng` real,
	`online` integer NOT NULL,
	`capacity` integer NOT NULL,
	`filled` integer DEFAULT 0 NOT NULL,
	`step` integer NOT NULL,
	`environment` text NOT NULL,
	`support` text NOT NULL,
	`eligibility` text NOT NULL,
	`pay` text NOT NULL,
	`cost_yen` integer NOT NULL,
	`status` text NOT NULL,
	`confirmed_at` text,
	`created_by` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`host_id`) REFERENCES `hosts`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "opportunities_filled_within_capacity" CHECK("opportunities"."filled" >= 0 AND "opportunities"."filled" <= "opportunities"."capacity")
);
--> statement-breakpoint
CREATE INDEX `opportunities_host_idx` ON `opportunities` (`host_id`);--> statement-breakpoint
CREATE INDEX `opportunities_status_idx` ON `opportunities` (`status`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`host_id` text,
	`token_hash` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`host_id`) REFERENCES `hosts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_token_hash_unique` ON `users` (`token_hash`);