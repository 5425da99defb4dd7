CREATE TYPE "public"."target_direction" AS ENUM('at_least', 'below');--> statement-breakpoint
CREATE TABLE "indicator_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"decision_number" text,
	"province_code" varchar(2) NOT NULL,
	"commune_codes" varchar(5)[] DEFAULT '{}' NOT NULL,
	"area_name" text,
	"from_year" integer NOT NULL,
	"to_year" integer NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_plans_years" CHECK ("indicator_plans"."from_year" <= "indicator_plans"."to_year")
);
--> statement-breakpoint
CREATE TABLE "indicator_targets" (
	"plan_id" uuid NOT NULL,
	"indicator" text NOT NULL,
	"direction" "target_direction" NOT NULL,
	"low" double precision,
	"high" double precision,
	"limit" double precision,
	CONSTRAINT "indicator_targets_plan_id_indicator_pk" PRIMARY KEY("plan_id","indicator"),
	CONSTRAINT "indicator_targets_shape" CHECK (("indicator_targets"."direction" = 'at_least' and "indicator_targets"."low" is not null and "indicator_targets"."high" is not null and "indicator_targets"."low" <= "indicator_targets"."high") or ("indicator_targets"."direction" = 'below' and "indicator_targets"."limit" is not null))
);
--> statement-breakpoint
ALTER TABLE "indicator_plans" ADD CONSTRAINT "indicator_plans_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_plans" ADD CONSTRAINT "indicator_plans_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_targets" ADD CONSTRAINT "indicator_targets_plan_id_indicator_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."indicator_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indicator_plans_province_code_index" ON "indicator_plans" USING btree ("province_code");