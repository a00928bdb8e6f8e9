CREATE TABLE `catalog_snapshots` (
	`content_version` integer NOT NULL,
	`fingerprint` text NOT NULL,
	`part` integer NOT NULL,
	`data` text NOT NULL,
	PRIMARY KEY(`content_version`, `fingerprint`, `part`)
);
