-- Stored indexes are a cache of what the catalog rows already say: an older layout is dropped, not copied, and the next request stores the new one.
DROP TABLE `catalog_snapshots`;--> statement-breakpoint
CREATE TABLE `catalog_snapshots` (
	`content_version` integer NOT NULL,
	`fingerprint` text NOT NULL,
	`kind` text NOT NULL,
	`part` integer NOT NULL,
	`data` text NOT NULL,
	PRIMARY KEY(`content_version`, `fingerprint`, `kind`, `part`)
);
