CREATE TABLE "portal_draft_uploads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"draft_id" uuid NOT NULL,
	"office_id" integer NOT NULL,
	"requirement_code" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"page_count" integer,
	"width" integer,
	"height" integer,
	"original_name" text,
	"bytes" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portal_drafts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" integer NOT NULL,
	"access_hash" text NOT NULL,
	"resume_hash" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"failed_attempts" smallint DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "portal_draft_uploads" ADD CONSTRAINT "portal_draft_uploads_draft_id_portal_drafts_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."portal_drafts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_draft_uploads" ADD CONSTRAINT "portal_draft_uploads_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_drafts" ADD CONSTRAINT "portal_drafts_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "portal_draft_uploads_req_idx" ON "portal_draft_uploads" USING btree ("draft_id","requirement_code");--> statement-breakpoint
CREATE UNIQUE INDEX "portal_drafts_access_idx" ON "portal_drafts" USING btree ("access_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "portal_drafts_resume_idx" ON "portal_drafts" USING btree ("office_id","resume_hash");--> statement-breakpoint
CREATE INDEX "portal_drafts_expires_idx" ON "portal_drafts" USING btree ("expires_at");