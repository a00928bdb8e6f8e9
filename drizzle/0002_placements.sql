CREATE TABLE `check_ins` (
	`id` text PRIMARY KEY NOT NULL,
	`placement_id` text NOT NULL,
	`date` text NOT NULL,
	`channel` text NOT NULL,
	`attendance` text,
	`wellbeing` integer,
	`participant_voice` text,
	`host_voice` text,
	`concerns` text NOT NULL,
	`next_actions` text,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`placement_id`) REFERENCES `placements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `check_ins_placement_idx` ON `check_ins` (`placement_id`);--> statement-breakpoint
CREATE TABLE `follow_ups` (
	`id` text PRIMARY KEY NOT NULL,
	`placement_id` text NOT NULL,
	`day_offset` integer NOT NULL,
	`due_date` text NOT NULL,
	`label` text NOT NULL,
	`status` text NOT NULL,
	`check_in_id` text,
	`closed_at` text,
	FOREIGN KEY (`placement_id`) REFERENCES `placements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `follow_ups_placement_idx` ON `follow_ups` (`placement_id`);--> statement-breakpoint
CREATE INDEX `follow_ups_status_due_idx` ON `follow_ups` (`status`,`due_date`);--> statement-breakpoint
CREATE TABLE `host_support_records` (
	`id` text PRIMARY KEY NOT NULL,
	`host_id` text NOT NULL,
	`date` text NOT NULL,
	`type` text NOT NULL,
	`summary` text NOT NULL,
	`follow_up_needed` integer NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`host_id`) REFERENCES `hosts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `host_support_host_idx` ON `host_support_records` (`host_id`);--> statement-breakpoint
CREATE TABLE `idempotency_keys` (
	`actor_id` text NOT NULL,
	`key` text NOT NULL,
	`request_hash` text NOT NULL,
	`status` integer NOT NULL,
	`response` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`actor_id`, `key`)
);
--> statement-breakpoint
CREATE TABLE `placement_transitions` (
	`id` text PRIMARY KEY NOT NULL,
	`placement_id` text NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`at` text NOT NULL,
	`by` text NOT NULL,
	`reason` text,
	`note` text,
	FOREIGN KEY (`placement_id`) REFERENCES `placements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `placement_transitions_placement_idx` ON `placement_transitions` (`placement_id`);--> statement-breakpoint
CREATE TABLE `placements` (
	`id` text PRIMARY KEY NOT NULL,
	`participant_id` text NOT NULL,
	`opportunity_id` text NOT NULL,
	`host_id` text NOT NULL,
	`status` text NOT NULL,
	`note` text,
	`started_on` text,
	`ended_on` text,
	`close_reason` text,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`opportunity_id`) REFERENCES `opportunities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`host_id`) REFERENCES `hosts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `placements_participant_idx` ON `placements` (`participant_id`);--> statement-breakpoint
CREATE INDEX `placements_opportunity_idx` ON `placements` (`opportunity_id`);--> statement-breakpoint
CREATE INDEX `placements_host_idx` ON `placements` (`host_id`);--> statement-breakpoint
CREATE INDEX `placements_status_idx` ON `placements` (`status`);