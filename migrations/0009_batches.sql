CREATE TABLE "batch_items" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"office_id" integer NOT NULL,
	"batch_id" uuid NOT NULL,
	"membership_event_id" bigint NOT NULL,
	"person_id" uuid NOT NULL,
	"change_type" text NOT NULL,
	"priority" boolean DEFAULT false NOT NULL,
	"intake_date" date NOT NULL,
	"position" integer,
	"result" text,
	"result_note" text,
	"card_number" text,
	"effective_date" date,
	"faskes_code" text,
	"resolved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "batch_result_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" integer NOT NULL,
	"batch_id" uuid NOT NULL,
	"file_hash" text NOT NULL,
	"format" text NOT NULL,
	"report" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" integer NOT NULL,
	"period" text NOT NULL,
	"sequence" smallint DEFAULT 1 NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"closes_at" date,
	"item_count" integer DEFAULT 0 NOT NULL,
	"priority_count" integer DEFAULT 0 NOT NULL,
	"accepted_count" integer DEFAULT 0 NOT NULL,
	"rejected_count" integer DEFAULT 0 NOT NULL,
	"closed_at" timestamp with time zone,
	"exported_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"results_imported_at" timestamp with time zone,
	"reconciled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bpjs_office_settings" (
	"office_id" integer PRIMARY KEY NOT NULL,
	"satker_code" text,
	"satker_name" text,
	"membership_type" text DEFAULT 'PBI APBD' NOT NULL,
	"kc_code" text,
	"dati2_code" text,
	"ws_base_url" text,
	"ws_cons_id" text,
	"ws_secret_enc" text,
	"ws_user_key_enc" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" integer NOT NULL,
	"person_id" uuid NOT NULL,
	"card_number" text NOT NULL,
	"batch_item_id" bigint,
	"application_id" uuid,
	"arrived_at" timestamp with time zone DEFAULT now() NOT NULL,
	"registered_by" uuid,
	"handed_at" timestamp with time zone,
	"receiver_name" text,
	"receiver_relation" text,
	"identity_checked" boolean,
	"signature" text,
	"signed_on_paper" boolean,
	"handed_by" uuid
);
--> statement-breakpoint
ALTER TABLE "batch_items" ADD CONSTRAINT "batch_items_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batch_items" ADD CONSTRAINT "batch_items_batch_id_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batch_items" ADD CONSTRAINT "batch_items_membership_event_id_membership_events_id_fk" FOREIGN KEY ("membership_event_id") REFERENCES "public"."membership_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batch_result_imports" ADD CONSTRAINT "batch_result_imports_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batch_result_imports" ADD CONSTRAINT "batch_result_imports_batch_id_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batch_result_imports" ADD CONSTRAINT "batch_result_imports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batches" ADD CONSTRAINT "batches_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bpjs_office_settings" ADD CONSTRAINT "bpjs_office_settings_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cards" ADD CONSTRAINT "cards_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cards" ADD CONSTRAINT "cards_registered_by_users_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cards" ADD CONSTRAINT "cards_handed_by_users_id_fk" FOREIGN KEY ("handed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "batch_items_event_key" ON "batch_items" USING btree ("membership_event_id");--> statement-breakpoint
CREATE INDEX "batch_items_batch_pos_idx" ON "batch_items" USING btree ("batch_id","change_type","position");--> statement-breakpoint
CREATE INDEX "batch_items_batch_person_idx" ON "batch_items" USING btree ("batch_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "batch_result_imports_hash_key" ON "batch_result_imports" USING btree ("office_id","batch_id","file_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "batches_office_period_seq_key" ON "batches" USING btree ("office_id","period","sequence");--> statement-breakpoint
CREATE INDEX "batches_office_status_idx" ON "batches" USING btree ("office_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "cards_office_number_key" ON "cards" USING btree ("office_id","card_number");--> statement-breakpoint
CREATE INDEX "cards_office_waiting_idx" ON "cards" USING btree ("office_id","handed_at","arrived_at");