CREATE TYPE "public"."search_entity" AS ENUM('job', 'training');--> statement-breakpoint
CREATE TABLE "search_outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"entity" "search_entity" NOT NULL,
	"entity_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"processed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "working_hours" text;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "benefits" text;--> statement-breakpoint
CREATE INDEX "search_outbox_pending" ON "search_outbox" USING btree ("id") WHERE "search_outbox"."processed_at" is null;--> statement-breakpoint
CREATE INDEX "search_outbox_processed_at_index" ON "search_outbox" USING btree ("processed_at");