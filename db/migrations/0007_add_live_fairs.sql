CREATE TYPE "public"."booth_outcome" AS ENUM('not_suitable', 'second_interview', 'offer_made', 'hired', 'enrolled');--> statement-breakpoint
CREATE TYPE "public"."booth_status" AS ENUM('invited', 'accepted', 'declined');--> statement-breakpoint
CREATE TYPE "public"."fair_kind" AS ENUM('periodic', 'mobile', 'thematic', 'online');--> statement-breakpoint
CREATE TYPE "public"."fair_status" AS ENUM('draft', 'registration', 'live', 'paused', 'ended');--> statement-breakpoint
CREATE TYPE "public"."queue_status" AS ENUM('waiting', 'called', 'serving', 'done', 'no_show', 'left');--> statement-breakpoint
CREATE TABLE "fair_booth_postings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"booth_id" uuid NOT NULL,
	"job_id" uuid,
	"training_slot_id" uuid,
	CONSTRAINT "fair_booth_postings_one" CHECK (("fair_booth_postings"."job_id" is null) <> ("fair_booth_postings"."training_slot_id" is null))
);
--> statement-breakpoint
CREATE TABLE "fair_booth_staff" (
	"booth_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "fair_booth_staff_booth_id_user_id_pk" PRIMARY KEY("booth_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "fair_booths" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fair_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"status" "booth_status" DEFAULT 'invited' NOT NULL,
	"call_link" text,
	"last_staff_action_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fair_booths_number" CHECK ("fair_booths"."number" > 0)
);
--> statement-breakpoint
CREATE TABLE "fair_events" (
	"fair_id" uuid NOT NULL,
	"seq" bigint NOT NULL,
	"type" text NOT NULL,
	"booth_id" uuid,
	"ticket_id" uuid,
	"payload" jsonb NOT NULL,
	"actor_user_id" uuid,
	"idempotency_key" varchar(100),
	"answer" jsonb,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fair_events_fair_id_seq_pk" PRIMARY KEY("fair_id","seq")
);
--> statement-breakpoint
CREATE TABLE "fair_queue_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fair_id" uuid NOT NULL,
	"booth_id" uuid NOT NULL,
	"ticket_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"status" "queue_status" DEFAULT 'waiting' NOT NULL,
	"slot" smallint NOT NULL,
	"desk" smallint,
	"joined_by_user_id" uuid,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	"called_at" timestamp with time zone,
	"called_by_user_id" uuid,
	"finished_at" timestamp with time zone,
	"outcome" "booth_outcome",
	"referral_id" uuid,
	CONSTRAINT "fair_queue_slot" CHECK ("fair_queue_entries"."slot" between 1 and 3),
	CONSTRAINT "fair_queue_desk" CHECK (("fair_queue_entries"."status" in ('called', 'serving')) = ("fair_queue_entries"."desk" is not null) and ("fair_queue_entries"."desk" is null or "fair_queue_entries"."desk" between 1 and 4))
);
--> statement-breakpoint
CREATE TABLE "fair_tickets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fair_id" uuid NOT NULL,
	"returnee_id" uuid NOT NULL,
	"code" varchar(12) NOT NULL,
	"walk_in" boolean DEFAULT false NOT NULL,
	"registered_by_user_id" uuid,
	"checked_in_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fairs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" "fair_kind" NOT NULL,
	"province_code" varchar(2) NOT NULL,
	"commune_code" varchar(5),
	"venue_address" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"capacity" integer,
	"status" "fair_status" DEFAULT 'draft' NOT NULL,
	"empty_booth_minutes" integer DEFAULT 10 NOT NULL,
	"no_show_grace_seconds" integer DEFAULT 180 NOT NULL,
	"last_seq" bigint DEFAULT 0 NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fairs_hours" CHECK ("fairs"."ends_at" > "fairs"."starts_at"),
	CONSTRAINT "fairs_place" CHECK ("fairs"."kind" = 'online' or "fairs"."commune_code" is not null),
	CONSTRAINT "fairs_capacity" CHECK ("fairs"."capacity" is null or "fairs"."capacity" > 0),
	CONSTRAINT "fairs_settings" CHECK ("fairs"."empty_booth_minutes" > 0 and "fairs"."no_show_grace_seconds" >= 0)
);
--> statement-breakpoint
ALTER TABLE "fair_booth_postings" ADD CONSTRAINT "fair_booth_postings_booth_id_fair_booths_id_fk" FOREIGN KEY ("booth_id") REFERENCES "public"."fair_booths"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_booth_postings" ADD CONSTRAINT "fair_booth_postings_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_booth_postings" ADD CONSTRAINT "fair_booth_postings_training_slot_id_training_slots_id_fk" FOREIGN KEY ("training_slot_id") REFERENCES "public"."training_slots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_booth_staff" ADD CONSTRAINT "fair_booth_staff_booth_id_fair_booths_id_fk" FOREIGN KEY ("booth_id") REFERENCES "public"."fair_booths"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_booth_staff" ADD CONSTRAINT "fair_booth_staff_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_booths" ADD CONSTRAINT "fair_booths_fair_id_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."fairs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_booths" ADD CONSTRAINT "fair_booths_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_events" ADD CONSTRAINT "fair_events_fair_id_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."fairs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_events" ADD CONSTRAINT "fair_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_queue_entries" ADD CONSTRAINT "fair_queue_entries_fair_id_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."fairs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_queue_entries" ADD CONSTRAINT "fair_queue_entries_booth_id_fair_booths_id_fk" FOREIGN KEY ("booth_id") REFERENCES "public"."fair_booths"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_queue_entries" ADD CONSTRAINT "fair_queue_entries_ticket_id_fair_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."fair_tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_queue_entries" ADD CONSTRAINT "fair_queue_entries_joined_by_user_id_users_id_fk" FOREIGN KEY ("joined_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_queue_entries" ADD CONSTRAINT "fair_queue_entries_called_by_user_id_users_id_fk" FOREIGN KEY ("called_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_queue_entries" ADD CONSTRAINT "fair_queue_entries_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_tickets" ADD CONSTRAINT "fair_tickets_fair_id_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."fairs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_tickets" ADD CONSTRAINT "fair_tickets_returnee_id_returnees_id_fk" FOREIGN KEY ("returnee_id") REFERENCES "public"."returnees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_tickets" ADD CONSTRAINT "fair_tickets_registered_by_user_id_users_id_fk" FOREIGN KEY ("registered_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fairs" ADD CONSTRAINT "fairs_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fairs" ADD CONSTRAINT "fairs_commune_code_communes_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fairs" ADD CONSTRAINT "fairs_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "fair_booth_postings_booth_id_job_id_index" ON "fair_booth_postings" USING btree ("booth_id","job_id");--> statement-breakpoint
CREATE UNIQUE INDEX "fair_booth_postings_booth_id_training_slot_id_index" ON "fair_booth_postings" USING btree ("booth_id","training_slot_id");--> statement-breakpoint
CREATE INDEX "fair_booth_staff_user_id_index" ON "fair_booth_staff" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "fair_booths_fair_id_number_index" ON "fair_booths" USING btree ("fair_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "fair_booths_fair_id_organisation_id_index" ON "fair_booths" USING btree ("fair_id","organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "fair_events_fair_id_idempotency_key_index" ON "fair_events" USING btree ("fair_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "fair_queue_entries_booth_id_number_index" ON "fair_queue_entries" USING btree ("booth_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "fair_queue_one_place_per_booth" ON "fair_queue_entries" USING btree ("booth_id","ticket_id") WHERE "fair_queue_entries"."status" in ('waiting', 'called', 'serving');--> statement-breakpoint
CREATE UNIQUE INDEX "fair_queue_three_slots" ON "fair_queue_entries" USING btree ("ticket_id","slot") WHERE "fair_queue_entries"."status" in ('waiting', 'called', 'serving');--> statement-breakpoint
CREATE UNIQUE INDEX "fair_queue_four_desks" ON "fair_queue_entries" USING btree ("booth_id","desk") WHERE "fair_queue_entries"."status" in ('called', 'serving');--> statement-breakpoint
CREATE UNIQUE INDEX "fair_queue_one_booth_at_a_time" ON "fair_queue_entries" USING btree ("ticket_id") WHERE "fair_queue_entries"."status" in ('called', 'serving');--> statement-breakpoint
CREATE INDEX "fair_queue_entries_booth_id_status_number_index" ON "fair_queue_entries" USING btree ("booth_id","status","number");--> statement-breakpoint
CREATE UNIQUE INDEX "fair_tickets_fair_id_returnee_id_index" ON "fair_tickets" USING btree ("fair_id","returnee_id");--> statement-breakpoint
CREATE UNIQUE INDEX "fair_tickets_fair_id_code_index" ON "fair_tickets" USING btree ("fair_id","code");--> statement-breakpoint
CREATE INDEX "fairs_province_code_starts_at_index" ON "fairs" USING btree ("province_code","starts_at");--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_fair_id_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."fairs"("id") ON DELETE set null ON UPDATE no action;