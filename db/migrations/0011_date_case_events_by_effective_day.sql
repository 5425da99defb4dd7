ALTER TABLE "case_events" ADD COLUMN "effective_on" date DEFAULT (now() at time zone 'Asia/Ho_Chi_Minh')::date NOT NULL;--> statement-breakpoint
-- Steps recorded before this column took effect on the day they were recorded, in Vietnam.
UPDATE "case_events" SET "effective_on" = ("at" at time zone 'Asia/Ho_Chi_Minh')::date;--> statement-breakpoint
CREATE INDEX "case_events_kind_to_status_effective_on_index" ON "case_events" USING btree ("kind","to_status","effective_on");