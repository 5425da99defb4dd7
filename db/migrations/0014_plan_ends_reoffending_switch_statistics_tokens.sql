CREATE TYPE "public"."api_token_kind" AS ENUM('account', 'statistics');--> statement-breakpoint
CREATE TABLE "indicator_settings" (
	"province_code" varchar(2) PRIMARY KEY NOT NULL,
	"reoffending" boolean DEFAULT true NOT NULL,
	"updated_by_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "api_tokens" ALTER COLUMN "user_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD COLUMN "kind" "api_token_kind" DEFAULT 'account' NOT NULL;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD COLUMN "province_code" varchar(2);--> statement-breakpoint
ALTER TABLE "indicator_plans" ADD COLUMN "end_year" integer;--> statement-breakpoint
ALTER TABLE "indicator_plans" ADD COLUMN "ended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "indicator_plans" ADD COLUMN "ended_by_id" uuid;--> statement-breakpoint
ALTER TABLE "indicator_settings" ADD CONSTRAINT "indicator_settings_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_settings" ADD CONSTRAINT "indicator_settings_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_plans" ADD CONSTRAINT "indicator_plans_ended_by_id_users_id_fk" FOREIGN KEY ("ended_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_kind_shape" CHECK (("api_tokens"."kind" = 'account' and "api_tokens"."user_id" is not null and "api_tokens"."province_code" is null) or ("api_tokens"."kind" = 'statistics' and "api_tokens"."user_id" is null));--> statement-breakpoint
ALTER TABLE "indicator_plans" ADD CONSTRAINT "indicator_plans_end" CHECK (("indicator_plans"."end_year" is null) = ("indicator_plans"."ended_at" is null));