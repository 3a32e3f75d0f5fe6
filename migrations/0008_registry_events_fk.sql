ALTER TABLE "membership_events" DROP CONSTRAINT "membership_events_membership_id_memberships_id_fk";
--> statement-breakpoint
ALTER TABLE "membership_events" DROP CONSTRAINT "membership_events_family_id_families_id_fk";
--> statement-breakpoint
ALTER TABLE "membership_events" DROP CONSTRAINT "membership_events_actor_user_id_users_id_fk";
