CREATE TYPE "public"."case_status" AS ENUM('active', 'placed', 'closed');--> statement-breakpoint
CREATE TYPE "public"."consent_scope" AS ENUM('anonymised_card', 'referral');--> statement-breakpoint
CREATE TYPE "public"."contract_type" AS ENUM('indefinite', 'fixed_term', 'seasonal', 'probation');--> statement-breakpoint
CREATE TYPE "public"."enrolment_status" AS ENUM('applied', 'enrolled', 'completed', 'certified', 'dropped_out');--> statement-breakpoint
CREATE TYPE "public"."need" AS ENUM('job', 'training', 'loan', 'legal');--> statement-breakpoint
CREATE TYPE "public"."referral_status" AS ENUM('suggested', 'requested', 'introduction_requested', 'referred', 'interview_scheduled', 'offered', 'hired', 'not_hired', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."support_kind" AS ENUM('loan', 'legal');--> statement-breakpoint
CREATE TYPE "public"."support_status" AS ENUM('needed', 'eligible', 'not_eligible', 'referred_to_bank', 'granted', 'refused', 'done');--> statement-breakpoint
CREATE TABLE "case_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"returnee_id" uuid NOT NULL,
	"actor_user_id" uuid,
	"kind" text NOT NULL,
	"subject_id" uuid,
	"from_status" text,
	"to_status" text,
	"details" jsonb,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"returnee_id" uuid NOT NULL,
	"scope" "consent_scope" NOT NULL,
	"referral_id" uuid,
	"granted" boolean NOT NULL,
	"wording" text NOT NULL,
	"recorded_by_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "counselling_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"returnee_id" uuid NOT NULL,
	"author_id" uuid,
	"contact_date" date NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enrolments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"returnee_id" uuid NOT NULL,
	"training_slot_id" uuid NOT NULL,
	"status" "enrolment_status" NOT NULL,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "placement_follow_ups" (
	"placement_id" uuid NOT NULL,
	"month" integer NOT NULL,
	"still_employed" boolean NOT NULL,
	"note" text,
	"recorded_by_id" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "placement_follow_ups_placement_id_month_pk" PRIMARY KEY("placement_id","month")
);
--> statement-breakpoint
CREATE TABLE "placements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"referral_id" uuid NOT NULL,
	"returnee_id" uuid NOT NULL,
	"job_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"start_date" date NOT NULL,
	"wage_vnd" integer NOT NULL,
	"contract_type" "contract_type" NOT NULL,
	"ended_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "placements_referralId_unique" UNIQUE("referral_id")
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"returnee_id" uuid NOT NULL,
	"job_id" uuid NOT NULL,
	"status" "referral_status" NOT NULL,
	"interview_at" timestamp with time zone,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "returnee_certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"returnee_id" uuid NOT NULL,
	"name" text NOT NULL,
	"issuer" text,
	"year" integer
);
--> statement-breakpoint
CREATE TABLE "returnee_occupation_wishes" (
	"returnee_id" uuid NOT NULL,
	"occupation_id" integer NOT NULL,
	CONSTRAINT "returnee_occupation_wishes_returnee_id_occupation_id_pk" PRIMARY KEY("returnee_id","occupation_id")
);
--> statement-breakpoint
CREATE TABLE "returnee_work_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"returnee_id" uuid NOT NULL,
	"occupation_id" integer,
	"description" text NOT NULL,
	"months" integer
);
--> statement-breakpoint
CREATE TABLE "support_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"returnee_id" uuid NOT NULL,
	"kind" "support_kind" NOT NULL,
	"status" "support_status" NOT NULL,
	"amount_vnd" bigint,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "returnees_province_code_index";--> statement-breakpoint
ALTER TABLE "returnees" ADD COLUMN "latitude" double precision;--> statement-breakpoint
ALTER TABLE "returnees" ADD COLUMN "longitude" double precision;--> statement-breakpoint
ALTER TABLE "returnees" ADD COLUMN "status" "case_status" DEFAULT 'active' NOT NULL;--> statement-breakpoint
ALTER TABLE "returnees" ADD COLUMN "needs" "need"[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "returnees" ADD COLUMN "available_from" date;--> statement-breakpoint
ALTER TABLE "returnees" ADD COLUMN "wish_work_types" "work_type"[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "returnees" ADD COLUMN "wage_floor" integer;--> statement-breakpoint
ALTER TABLE "returnees" ADD COLUMN "max_travel_km" integer;--> statement-breakpoint
ALTER TABLE "returnees" ADD COLUMN "willing_to_move" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "returnees" ADD COLUMN "share_card" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "returnees" ADD COLUMN "last_contact_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_returnee_id_returnees_id_fk" FOREIGN KEY ("returnee_id") REFERENCES "public"."returnees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_returnee_id_returnees_id_fk" FOREIGN KEY ("returnee_id") REFERENCES "public"."returnees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselling_notes" ADD CONSTRAINT "counselling_notes_returnee_id_returnees_id_fk" FOREIGN KEY ("returnee_id") REFERENCES "public"."returnees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselling_notes" ADD CONSTRAINT "counselling_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_returnee_id_returnees_id_fk" FOREIGN KEY ("returnee_id") REFERENCES "public"."returnees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_training_slot_id_training_slots_id_fk" FOREIGN KEY ("training_slot_id") REFERENCES "public"."training_slots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_follow_ups" ADD CONSTRAINT "placement_follow_ups_placement_id_placements_id_fk" FOREIGN KEY ("placement_id") REFERENCES "public"."placements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_follow_ups" ADD CONSTRAINT "placement_follow_ups_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_returnee_id_returnees_id_fk" FOREIGN KEY ("returnee_id") REFERENCES "public"."returnees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_returnee_id_returnees_id_fk" FOREIGN KEY ("returnee_id") REFERENCES "public"."returnees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "returnee_certificates" ADD CONSTRAINT "returnee_certificates_returnee_id_returnees_id_fk" FOREIGN KEY ("returnee_id") REFERENCES "public"."returnees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "returnee_occupation_wishes" ADD CONSTRAINT "returnee_occupation_wishes_returnee_id_returnees_id_fk" FOREIGN KEY ("returnee_id") REFERENCES "public"."returnees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "returnee_occupation_wishes" ADD CONSTRAINT "returnee_occupation_wishes_occupation_id_occupations_id_fk" FOREIGN KEY ("occupation_id") REFERENCES "public"."occupations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "returnee_work_history" ADD CONSTRAINT "returnee_work_history_returnee_id_returnees_id_fk" FOREIGN KEY ("returnee_id") REFERENCES "public"."returnees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "returnee_work_history" ADD CONSTRAINT "returnee_work_history_occupation_id_occupations_id_fk" FOREIGN KEY ("occupation_id") REFERENCES "public"."occupations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_cases" ADD CONSTRAINT "support_cases_returnee_id_returnees_id_fk" FOREIGN KEY ("returnee_id") REFERENCES "public"."returnees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_events_returnee_id_at_index" ON "case_events" USING btree ("returnee_id","at");--> statement-breakpoint
CREATE INDEX "case_events_kind_to_status_at_index" ON "case_events" USING btree ("kind","to_status","at");--> statement-breakpoint
CREATE INDEX "consents_returnee_id_index" ON "consents" USING btree ("returnee_id");--> statement-breakpoint
CREATE INDEX "consents_referral_id_index" ON "consents" USING btree ("referral_id");--> statement-breakpoint
CREATE INDEX "counselling_notes_returnee_id_contact_date_index" ON "counselling_notes" USING btree ("returnee_id","contact_date");--> statement-breakpoint
CREATE UNIQUE INDEX "enrolments_returnee_id_training_slot_id_index" ON "enrolments" USING btree ("returnee_id","training_slot_id");--> statement-breakpoint
CREATE INDEX "enrolments_training_slot_id_index" ON "enrolments" USING btree ("training_slot_id");--> statement-breakpoint
CREATE INDEX "placements_returnee_id_index" ON "placements" USING btree ("returnee_id");--> statement-breakpoint
CREATE INDEX "placements_organisation_id_index" ON "placements" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "referrals_returnee_id_job_id_index" ON "referrals" USING btree ("returnee_id","job_id");--> statement-breakpoint
CREATE INDEX "referrals_job_id_status_index" ON "referrals" USING btree ("job_id","status");--> statement-breakpoint
CREATE INDEX "returnee_certificates_returnee_id_index" ON "returnee_certificates" USING btree ("returnee_id");--> statement-breakpoint
CREATE INDEX "returnee_occupation_wishes_occupation_id_index" ON "returnee_occupation_wishes" USING btree ("occupation_id");--> statement-breakpoint
CREATE INDEX "returnee_work_history_returnee_id_index" ON "returnee_work_history" USING btree ("returnee_id");--> statement-breakpoint
CREATE INDEX "support_cases_returnee_id_kind_index" ON "support_cases" USING btree ("returnee_id","kind");--> statement-breakpoint
CREATE INDEX "returnee_skills_skill_id_index" ON "returnee_skills" USING btree ("skill_id");--> statement-breakpoint
CREATE INDEX "returnees_province_code_status_index" ON "returnees" USING btree ("province_code","status");--> statement-breakpoint
CREATE INDEX "returnees_share_card_province_code_index" ON "returnees" USING btree ("share_card","province_code") WHERE "returnees"."share_card";