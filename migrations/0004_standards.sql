CREATE TABLE "office_holidays" (
	"id" serial PRIMARY KEY NOT NULL,
	"office_id" integer NOT NULL,
	"date" date NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "office_standards" (
	"id" serial PRIMARY KEY NOT NULL,
	"office_id" integer NOT NULL,
	"version" integer NOT NULL,
	"effective_date" date NOT NULL,
	"standard" jsonb NOT NULL,
	"note" text,
	"published_by" uuid,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "office_holidays" ADD CONSTRAINT "office_holidays_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "office_standards" ADD CONSTRAINT "office_standards_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "office_holidays_date_key" ON "office_holidays" USING btree ("office_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "office_standards_version_key" ON "office_standards" USING btree ("office_id","version");--> statement-breakpoint
CREATE INDEX "office_standards_effective_idx" ON "office_standards" USING btree ("office_id","effective_date");