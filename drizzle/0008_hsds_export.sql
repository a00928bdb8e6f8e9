CREATE TABLE `hsds_exports` (
	`tag` text NOT NULL,
	`part` integer NOT NULL,
	`parts` integer NOT NULL,
	`gzip` blob NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`tag`, `part`)
);
