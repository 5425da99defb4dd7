CREATE TABLE "indicator_report_texts" (
	"area_code" varchar(45) NOT NULL,
	"year" integer NOT NULL,
	"section" text NOT NULL,
	"text" text NOT NULL,
	"updated_by_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_report_texts_area_code_year_section_pk" PRIMARY KEY("area_code","year","section"),
	CONSTRAINT "indicator_report_texts_length" CHECK (char_length("indicator_report_texts"."text") <= 10000)
);
--> statement-breakpoint
ALTER TABLE "indicator_report_texts" ADD CONSTRAINT "indicator_report_texts_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;