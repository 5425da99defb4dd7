CREATE TYPE "public"."case_event_kind" AS ENUM('intake', 'profile', 'case.status', 'consent.card', 'note', 'account', 'referral', 'placement', 'placement.follow_up', 'enrolment', 'loan', 'legal');--> statement-breakpoint
ALTER TABLE "case_events" DROP CONSTRAINT "case_events_returnee_id_returnees_id_fk";
--> statement-breakpoint
ALTER TABLE "case_events" ALTER COLUMN "kind" SET DATA TYPE "public"."case_event_kind" USING "kind"::"public"."case_event_kind";--> statement-breakpoint
ALTER TABLE "case_events" ADD COLUMN "province_code" varchar(2);--> statement-breakpoint
ALTER TABLE "case_events" ADD COLUMN "commune_code" varchar(5);--> statement-breakpoint
-- Existing events get the area the person lives in now (the nearest known to the event's time).
UPDATE "case_events" SET "province_code" = r."province_code", "commune_code" = r."commune_code" FROM "returnees" r WHERE r."id" = "case_events"."returnee_id";--> statement-breakpoint
ALTER TABLE "case_events" ALTER COLUMN "province_code" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "case_events" ADD COLUMN "fair_id" uuid;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_commune_code_communes_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_events_province_code_kind_at_index" ON "case_events" USING btree ("province_code","kind","at");