CREATE TABLE "application_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"office_id" integer NOT NULL,
	"application_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"ordinal" smallint NOT NULL,
	"action" text NOT NULL,
	"step_code" text,
	"step_kind" text,
	"step_role" text,
	"outcome" text,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_user_id" uuid,
	"actor_label" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"step_started_at" timestamp with time zone,
	"duration_ms" bigint,
	"mutu_baku" jsonb,
	"step_elapsed" double precision,
	"within_mutu_baku" boolean,
	"note" text,
	"data" jsonb
);
--> statement-breakpoint
CREATE TABLE "application_members" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"office_id" integer NOT NULL,
	"application_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"is_applicant" boolean DEFAULT false NOT NULL,
	"nik" text NOT NULL,
	"name" text NOT NULL,
	"birth_place" text,
	"birth_date" date NOT NULL,
	"sex" text NOT NULL,
	"relation" text NOT NULL,
	"marital_status" text,
	"phone" text,
	"person_id" uuid
);
--> statement-breakpoint
CREATE TABLE "application_requirements" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"office_id" integer NOT NULL,
	"application_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"code" text NOT NULL,
	"label" text NOT NULL,
	"kind" text NOT NULL,
	"required" boolean NOT NULL,
	"materai" boolean DEFAULT false NOT NULL,
	"alternatives" jsonb,
	"state" text DEFAULT 'pending' NOT NULL,
	"reason" text,
	"alternative_used" text,
	"checked_by" uuid,
	"checked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" integer NOT NULL,
	"receipt_number" text NOT NULL,
	"standard_id" integer NOT NULL,
	"service_code" text NOT NULL,
	"variant_code" text,
	"channel" text NOT NULL,
	"status" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"current_step" text,
	"current_role" text,
	"step_started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"step_due_at" timestamp with time zone,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"clock_started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"due_at" timestamp with time zone,
	"due_provisional" boolean DEFAULT false NOT NULL,
	"completion_time" jsonb,
	"priority" boolean DEFAULT false NOT NULL,
	"facts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"family" jsonb NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"representative" jsonb,
	"village_code" text NOT NULL,
	"applicant_birth_date" date NOT NULL,
	"applicant_name" text NOT NULL,
	"contact_phone" text,
	"family_id" uuid,
	"kelurahan_batch_id" uuid,
	"decision" jsonb,
	"return_count" smallint DEFAULT 0 NOT NULL,
	"batch_entry_at" timestamp with time zone,
	"proof_token_hash" text,
	"proof_token_expires_at" timestamp with time zone,
	"proof_token_used_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "kelurahan_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" integer NOT NULL,
	"village_code" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"reference_number" text,
	"reference_date" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "assessment_forms" (
	"id" serial PRIMARY KEY NOT NULL,
	"office_id" integer NOT NULL,
	"version" integer NOT NULL,
	"name" text NOT NULL,
	"criteria" jsonb NOT NULL,
	"threshold" smallint NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" integer NOT NULL,
	"application_id" uuid NOT NULL,
	"status" text NOT NULL,
	"scheduled_at" timestamp with time zone NOT NULL,
	"assessor_user_id" uuid NOT NULL,
	"scheduled_by" uuid,
	"form_name" text NOT NULL,
	"form_version" integer,
	"criteria" jsonb NOT NULL,
	"threshold" smallint NOT NULL,
	"answers" jsonb,
	"score" smallint,
	"recommendation" text,
	"notes" text,
	"visited_at" timestamp with time zone,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "letters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" integer NOT NULL,
	"application_id" uuid NOT NULL,
	"product_code" text NOT NULL,
	"kind" text NOT NULL,
	"number" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"approvals" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"content" jsonb NOT NULL,
	"content_hash" text,
	"token" text,
	"pdf_sha256" text,
	"issued_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"signed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" integer NOT NULL,
	"application_id" uuid,
	"requirement_code" text,
	"purpose" text NOT NULL,
	"subject_id" uuid,
	"sha256" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"page_count" integer,
	"width" integer,
	"height" integer,
	"original_name" text,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"office_id" integer NOT NULL,
	"application_id" uuid,
	"channel" text NOT NULL,
	"recipient" text,
	"template" text NOT NULL,
	"lang" text DEFAULT 'id' NOT NULL,
	"message" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"attempts" smallint DEFAULT 0 NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_members" ADD CONSTRAINT "application_members_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_members" ADD CONSTRAINT "application_members_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_requirements" ADD CONSTRAINT "application_requirements_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_requirements" ADD CONSTRAINT "application_requirements_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_requirements" ADD CONSTRAINT "application_requirements_checked_by_users_id_fk" FOREIGN KEY ("checked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_standard_id_office_standards_id_fk" FOREIGN KEY ("standard_id") REFERENCES "public"."office_standards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kelurahan_batches" ADD CONSTRAINT "kelurahan_batches_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kelurahan_batches" ADD CONSTRAINT "kelurahan_batches_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_forms" ADD CONSTRAINT "assessment_forms_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_forms" ADD CONSTRAINT "assessment_forms_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_assessor_user_id_users_id_fk" FOREIGN KEY ("assessor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_scheduled_by_users_id_fk" FOREIGN KEY ("scheduled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "application_events_version_key" ON "application_events" USING btree ("application_id","version","ordinal");--> statement-breakpoint
CREATE INDEX "application_events_office_step_idx" ON "application_events" USING btree ("office_id","step_code","at");--> statement-breakpoint
CREATE UNIQUE INDEX "application_members_position_key" ON "application_members" USING btree ("application_id","position");--> statement-breakpoint
CREATE INDEX "application_members_office_nik_idx" ON "application_members" USING btree ("office_id","nik");--> statement-breakpoint
CREATE UNIQUE INDEX "application_requirements_code_key" ON "application_requirements" USING btree ("application_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "applications_office_receipt_key" ON "applications" USING btree ("office_id","receipt_number");--> statement-breakpoint
CREATE UNIQUE INDEX "applications_proof_token_key" ON "applications" USING btree ("proof_token_hash");--> statement-breakpoint
CREATE INDEX "applications_office_created_idx" ON "applications" USING btree ("office_id","created_at","id");--> statement-breakpoint
CREATE INDEX "applications_worklist_idx" ON "applications" USING btree ("office_id","current_role","due_at");--> statement-breakpoint
CREATE INDEX "applications_office_status_idx" ON "applications" USING btree ("office_id","status");--> statement-breakpoint
CREATE INDEX "applications_batch_idx" ON "applications" USING btree ("kelurahan_batch_id");--> statement-breakpoint
CREATE INDEX "kelurahan_batches_office_idx" ON "kelurahan_batches" USING btree ("office_id","village_code","status");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_forms_version_key" ON "assessment_forms" USING btree ("office_id","version");--> statement-breakpoint
CREATE INDEX "assessments_application_idx" ON "assessments" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "assessments_assessor_idx" ON "assessments" USING btree ("office_id","assessor_user_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "letters_office_number_key" ON "letters" USING btree ("office_id","number");--> statement-breakpoint
CREATE INDEX "letters_application_idx" ON "letters" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "documents_application_idx" ON "documents" USING btree ("office_id","application_id","created_at");--> statement-breakpoint
CREATE INDEX "documents_sha_idx" ON "documents" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "notifications_status_idx" ON "notifications" USING btree ("status","id");--> statement-breakpoint
CREATE INDEX "notifications_application_idx" ON "notifications" USING btree ("office_id","application_id","id");