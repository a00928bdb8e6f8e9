DROP INDEX `check_ins_placement_idx`;--> statement-breakpoint
CREATE INDEX `check_ins_placement_date_idx` ON `check_ins` (`placement_id`,`date`,`id`);--> statement-breakpoint
ALTER TABLE `users` ADD `disabled_at` text;--> statement-breakpoint
ALTER TABLE `host_support_records` ADD `participant_id` text REFERENCES participants(id);--> statement-breakpoint
ALTER TABLE `host_support_records` ADD `shared_with_host` integer DEFAULT false NOT NULL;--> statement-breakpoint
-- Bootstrap admins used to be inserted anew for each ADMIN_TOKEN (named 管理者, with no user.create audit row):
-- they are disabled here, and the next start with ADMIN_TOKEN creates the one bootstrap admin.
UPDATE `users` SET `disabled_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE `role` = 'admin' AND `name` = '管理者' AND `disabled_at` IS NULL AND `id` NOT IN (SELECT `entity_id` FROM `audit_events` WHERE `action` = 'user.create' AND `entity_id` IS NOT NULL);
