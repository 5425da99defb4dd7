CREATE TABLE "indicator_definition_settings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"setting" varchar(40) NOT NULL,
	"value" integer NOT NULL,
	"from_day" date NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "indicator_definition_settings_setting_recorded_at_index" ON "indicator_definition_settings" USING btree ("setting","recorded_at");