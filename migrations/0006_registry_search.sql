DROP INDEX "persons_office_birth_idx";--> statement-breakpoint
DROP INDEX "persons_office_name_idx";--> statement-breakpoint
CREATE INDEX "persons_office_birth_name_idx" ON "persons" USING btree ("office_id","birth_date","id","name");