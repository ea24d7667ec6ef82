CREATE TABLE "sbom_match_queue" (
	"evidence_id" uuid PRIMARY KEY NOT NULL,
	"submission_id" uuid NOT NULL,
	"queued_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sbom_match_queue" ADD CONSTRAINT "sbom_match_queue_evidence_id_evidence_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sbom_match_queue" ADD CONSTRAINT "sbom_match_queue_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE no action ON UPDATE no action;