CREATE TYPE "public"."funding_kind" AS ENUM('free', 'subsidised', 'fee');--> statement-breakpoint
CREATE TYPE "public"."job_status" AS ENUM('draft', 'open', 'closed', 'filled');--> statement-breakpoint
CREATE TYPE "public"."locale" AS ENUM('vi', 'en');--> statement-breakpoint
CREATE TYPE "public"."membership_role" AS ENUM('owner', 'member');--> statement-breakpoint
CREATE TYPE "public"."organisation_kind" AS ENUM('employer', 'training_provider');--> statement-breakpoint
CREATE TYPE "public"."release_kind" AS ENUM('completed', 'amnesty', 'conditional_early_release');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('administrator', 'counsellor', 'employer', 'returnee', 'organiser');--> statement-breakpoint
CREATE TYPE "public"."schooling_level" AS ENUM('none', 'primary', 'lower_secondary', 'upper_secondary', 'vocational', 'higher');--> statement-breakpoint
CREATE TYPE "public"."sex" AS ENUM('female', 'male', 'other');--> statement-breakpoint
CREATE TYPE "public"."skill_level" AS ENUM('beginner', 'can_work', 'experienced');--> statement-breakpoint
CREATE TYPE "public"."training_level" AS ENUM('so_cap', 'under_3_months', 'other');--> statement-breakpoint
CREATE TYPE "public"."training_status" AS ENUM('draft', 'open', 'closed');--> statement-breakpoint
CREATE TYPE "public"."verification_status" AS ENUM('pending', 'verified', 'refused');--> statement-breakpoint
CREATE TYPE "public"."work_type" AS ENUM('full_time', 'part_time', 'seasonal', 'shift');--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"token_prefix" text NOT NULL,
	"created_by_id" uuid,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "api_tokens_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"actor_user_id" uuid,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"reason" text,
	"ip_address" text,
	"details" jsonb,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commune_mappings" (
	"id" serial PRIMARY KEY NOT NULL,
	"old_commune_code" varchar(5),
	"old_commune_name" text NOT NULL,
	"old_district_name" text NOT NULL,
	"old_province_name" text NOT NULL,
	"new_commune_code" varchar(5) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "communes" (
	"code" varchar(5) PRIMARY KEY NOT NULL,
	"province_code" varchar(2) NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_skills" (
	"job_id" uuid NOT NULL,
	"skill_id" integer NOT NULL,
	"required" boolean DEFAULT true NOT NULL,
	CONSTRAINT "job_skills_job_id_skill_id_pk" PRIMARY KEY("job_id","skill_id")
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"occupation_id" integer NOT NULL,
	"description" text NOT NULL,
	"openings" integer NOT NULL,
	"wage_min" integer NOT NULL,
	"wage_max" integer NOT NULL,
	"work_type" "work_type" NOT NULL,
	"province_code" varchar(2) NOT NULL,
	"commune_code" varchar(5),
	"address" text,
	"latitude" double precision,
	"longitude" double precision,
	"provides_meals" boolean DEFAULT false NOT NULL,
	"provides_lodging" boolean DEFAULT false NOT NULL,
	"provides_travel" boolean DEFAULT false NOT NULL,
	"provides_training" boolean DEFAULT false NOT NULL,
	"provides_work_clothes" boolean DEFAULT false NOT NULL,
	"min_schooling" "schooling_level",
	"required_certificate" text,
	"driving_licence_class" varchar(4),
	"record_check" boolean DEFAULT false NOT NULL,
	"start_date" date,
	"closing_date" date,
	"status" "job_status" DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "jobs_wage_range" CHECK ("jobs"."wage_min" >= 0 and "jobs"."wage_max" >= "jobs"."wage_min"),
	CONSTRAINT "jobs_openings_positive" CHECK ("jobs"."openings" > 0)
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"user_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"role" "membership_role" DEFAULT 'member' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "memberships_user_id_organisation_id_pk" PRIMARY KEY("user_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "occupations" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"isco08" varchar(4) NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	CONSTRAINT "occupations_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "organisation_kind" DEFAULT 'employer' NOT NULL,
	"name" text NOT NULL,
	"tax_code" varchar(14),
	"sector" text NOT NULL,
	"province_code" varchar(2) NOT NULL,
	"commune_code" varchar(5),
	"address" text,
	"contact_name" text NOT NULL,
	"contact_phone" text,
	"contact_email" text,
	"hiring_statement" text,
	"verification_status" "verification_status" DEFAULT 'pending' NOT NULL,
	"verified_by_id" uuid,
	"verified_at" timestamp with time zone,
	"refusal_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "provinces" (
	"code" varchar(2) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"place_type" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limit_hits" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "returnee_skills" (
	"returnee_id" uuid NOT NULL,
	"skill_id" integer NOT NULL,
	"level" "skill_level" NOT NULL,
	CONSTRAINT "returnee_skills_returnee_id_skill_id_pk" PRIMARY KEY("returnee_id","skill_id")
);
--> statement-breakpoint
CREATE TABLE "returnees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid,
	"full_name" text NOT NULL,
	"birth_date" date,
	"sex" "sex",
	"ethnicity" text,
	"phone" text,
	"province_code" varchar(2) NOT NULL,
	"commune_code" varchar(5),
	"release_date" date,
	"release_kind" "release_kind",
	"schooling_level" "schooling_level",
	"counsellor_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "returnees_userId_unique" UNIQUE("user_id")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"user_id" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ip_address" text,
	"user_agent" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sessions_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "skills" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"occupation_id" integer,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	CONSTRAINT "skills_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "training_slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"occupation_id" integer NOT NULL,
	"level" "training_level" NOT NULL,
	"duration_days" integer NOT NULL,
	"seats" integer NOT NULL,
	"seats_left" integer NOT NULL,
	"schedule" text,
	"province_code" varchar(2) NOT NULL,
	"commune_code" varchar(5),
	"address" text,
	"latitude" double precision,
	"longitude" double precision,
	"cost_vnd" integer DEFAULT 0 NOT NULL,
	"funding" "funding_kind" NOT NULL,
	"certificate" text,
	"start_date" date,
	"enrolment_deadline" date,
	"leads_to_job_id" uuid,
	"status" "training_status" DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_seats" CHECK ("training_slots"."seats_left" >= 0 and "training_slots"."seats_left" <= "training_slots"."seats")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text,
	"phone" text,
	"password_hash" text NOT NULL,
	"full_name" text NOT NULL,
	"role" "role" NOT NULL,
	"locale" "locale" DEFAULT 'vi' NOT NULL,
	"province_code" varchar(2),
	"disabled_at" timestamp with time zone,
	"last_sign_in_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email"),
	CONSTRAINT "users_phone_unique" UNIQUE("phone"),
	CONSTRAINT "users_has_login" CHECK ("users"."email" is not null or "users"."phone" is not null)
);
--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commune_mappings" ADD CONSTRAINT "commune_mappings_new_commune_code_communes_code_fk" FOREIGN KEY ("new_commune_code") REFERENCES "public"."communes"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communes" ADD CONSTRAINT "communes_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_skills" ADD CONSTRAINT "job_skills_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_skills" ADD CONSTRAINT "job_skills_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_occupation_id_occupations_id_fk" FOREIGN KEY ("occupation_id") REFERENCES "public"."occupations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_commune_code_communes_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_commune_code_communes_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_verified_by_id_users_id_fk" FOREIGN KEY ("verified_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "returnee_skills" ADD CONSTRAINT "returnee_skills_returnee_id_returnees_id_fk" FOREIGN KEY ("returnee_id") REFERENCES "public"."returnees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "returnee_skills" ADD CONSTRAINT "returnee_skills_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "returnees" ADD CONSTRAINT "returnees_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "returnees" ADD CONSTRAINT "returnees_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "returnees" ADD CONSTRAINT "returnees_commune_code_communes_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "returnees" ADD CONSTRAINT "returnees_counsellor_id_users_id_fk" FOREIGN KEY ("counsellor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skills" ADD CONSTRAINT "skills_occupation_id_occupations_id_fk" FOREIGN KEY ("occupation_id") REFERENCES "public"."occupations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_slots" ADD CONSTRAINT "training_slots_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_slots" ADD CONSTRAINT "training_slots_occupation_id_occupations_id_fk" FOREIGN KEY ("occupation_id") REFERENCES "public"."occupations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_slots" ADD CONSTRAINT "training_slots_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_slots" ADD CONSTRAINT "training_slots_commune_code_communes_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_slots" ADD CONSTRAINT "training_slots_leads_to_job_id_jobs_id_fk" FOREIGN KEY ("leads_to_job_id") REFERENCES "public"."jobs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_tokens_user_id_index" ON "api_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "audit_log_entity_type_entity_id_index" ON "audit_log" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_actor_user_id_index" ON "audit_log" USING btree ("actor_user_id");--> statement-breakpoint
CREATE INDEX "audit_log_at_index" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "commune_mappings_old_commune_code_index" ON "commune_mappings" USING btree ("old_commune_code");--> statement-breakpoint
CREATE INDEX "commune_mappings_new_commune_code_index" ON "commune_mappings" USING btree ("new_commune_code");--> statement-breakpoint
CREATE INDEX "communes_province_code_index" ON "communes" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "jobs_organisation_id_index" ON "jobs" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "jobs_status_province_code_index" ON "jobs" USING btree ("status","province_code");--> statement-breakpoint
CREATE INDEX "memberships_organisation_id_index" ON "memberships" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "organisations_province_code_verification_status_index" ON "organisations" USING btree ("province_code","verification_status");--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_tax_code_index" ON "organisations" USING btree ("tax_code");--> statement-breakpoint
CREATE INDEX "rate_limit_hits_key_at_index" ON "rate_limit_hits" USING btree ("key","at");--> statement-breakpoint
CREATE INDEX "returnees_province_code_index" ON "returnees" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "returnees_counsellor_id_index" ON "returnees" USING btree ("counsellor_id");--> statement-breakpoint
CREATE INDEX "sessions_user_id_index" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "skills_occupation_id_index" ON "skills" USING btree ("occupation_id");--> statement-breakpoint
CREATE INDEX "training_slots_organisation_id_index" ON "training_slots" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "training_slots_status_province_code_index" ON "training_slots" USING btree ("status","province_code");