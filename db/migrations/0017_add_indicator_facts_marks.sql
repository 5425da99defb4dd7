ALTER TABLE "indicator_facts" ADD COLUMN "loan_eligible_from" date;--> statement-breakpoint
ALTER TABLE "indicator_facts" ADD COLUMN "stable_marks" integer[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "indicator_facts" ADD COLUMN "unknown_marks" integer[] DEFAULT '{}' NOT NULL;