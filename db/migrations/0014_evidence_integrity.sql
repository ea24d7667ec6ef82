CREATE TYPE "public"."evidence_integrity_kind" AS ENUM('damaged', 'missing', 'restored');--> statement-breakpoint
CREATE TYPE "public"."evidence_integrity_source" AS ENUM('download', 'verify', 'upload');--> statement-breakpoint
CREATE TABLE "evidence_integrity_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sha256" text NOT NULL,
	"evidence_id" uuid,
	"kind" "evidence_integrity_kind" NOT NULL,
	"source" "evidence_integrity_source" NOT NULL,
	"expected_size" bigint,
	"actual_size" bigint,
	"actual_sha256" text,
	"detail" text NOT NULL,
	"detected_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "evidence_integrity_events" ADD CONSTRAINT "evidence_integrity_events_evidence_id_evidence_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evidence_integrity_events_sha256_idx" ON "evidence_integrity_events" USING btree ("sha256","detected_at");