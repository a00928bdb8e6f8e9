CREATE TABLE `consent_events` (
	`id` text PRIMARY KEY NOT NULL,
	`participant_id` text NOT NULL,
	`status` text NOT NULL,
	`scope` text,
	`recorded_at` text NOT NULL,
	`recorded_by` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `consent_events_participant_idx` ON `consent_events` (`participant_id`);--> statement-breakpoint
CREATE TABLE `participant_private` (
	`participant_id` text PRIMARY KEY NOT NULL,
	`name` text,
	`name_kana` text,
	`phone` text,
	`address` text,
	`notes` text,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `participants` (
	`id` text PRIMARY KEY NOT NULL,
	`seq` integer NOT NULL,
	`code` text NOT NULL,
	`display_name` text NOT NULL,
	`age` integer,
	`gender` text,
	`home_area` text NOT NULL,
	`home_lat` real,
	`home_lng` real,
	`travel` text NOT NULL,
	`availability` text NOT NULL,
	`interests` text NOT NULL,
	`step` integer NOT NULL,
	`limits` text NOT NULL,
	`needs` text NOT NULL,
	`goals` text,
	`referred_by` text,
	`assigned_to` text,
	`created_by` text NOT NULL,
	`consent_status` text DEFAULT 'none' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`assigned_to`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `participants_seq_unique` ON `participants` (`seq`);--> statement-breakpoint
CREATE UNIQUE INDEX `participants_code_unique` ON `participants` (`code`);--> statement-breakpoint
CREATE INDEX `participants_assigned_idx` ON `participants` (`assigned_to`);--> statement-breakpoint
CREATE INDEX `participants_created_by_idx` ON `participants` (`created_by`);