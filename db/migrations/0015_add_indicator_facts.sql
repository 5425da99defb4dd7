CREATE TABLE "indicator_facts" (
	"subject_id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"returnee_id" uuid,
	"release_date" date,
	"intake_on" date,
	"case_started_on" date,
	"closed_on" date,
	"detained_again_on" date,
	"residence_from" date[] NOT NULL,
	"residence_province" varchar(2)[] NOT NULL,
	"residence_commune" varchar(5)[] NOT NULL,
	"sex" "sex",
	"ethnicity" text,
	"birth_date" date,
	"occupation_code" text,
	"counselled_on" date[] NOT NULL,
	"course_completed_on" date[] NOT NULL,
	"course_certified_on" date[] NOT NULL,
	"course_fair_id" uuid[] NOT NULL,
	"referral_on" date[] NOT NULL,
	"referral_fair_id" uuid[] NOT NULL,
	"placement_hired_on" date[] NOT NULL,
	"placement_start" date[] NOT NULL,
	"placement_ended_on" date[] NOT NULL,
	"placement_fair_id" uuid[] NOT NULL,
	"placement_still_month" integer[] NOT NULL,
	"placement_gone_month" integer[] NOT NULL,
	"placement_follow_ups" jsonb NOT NULL,
	"loan_asked_on" date[] NOT NULL,
	"loan_eligible" boolean[] NOT NULL,
	"loan_granted_on" date[] NOT NULL,
	"fair_ids" uuid[] NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_facts_returneeId_unique" UNIQUE("returnee_id")
);
--> statement-breakpoint
ALTER TABLE "indicator_facts" ADD CONSTRAINT "indicator_facts_returnee_id_returnees_id_fk" FOREIGN KEY ("returnee_id") REFERENCES "public"."returnees"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indicator_facts_residence_province_index" ON "indicator_facts" USING gin ("residence_province");--> statement-breakpoint
CREATE INDEX "indicator_facts_residence_commune_index" ON "indicator_facts" USING gin ("residence_commune");--> statement-breakpoint
CREATE INDEX "indicator_facts_fair_ids_index" ON "indicator_facts" USING gin ("fair_ids");