ALTER TABLE "sbom_components" ADD COLUMN "superseded_at" timestamp with time zone;--> statement-breakpoint
-- Components of an SBOM that a newer SBOM of the same submission replaced (as indexSbomComponents now marks them).
UPDATE "sbom_components" c SET "superseded_at" = now()
WHERE EXISTS (
  SELECT 1 FROM "evidence" e JOIN "evidence" me ON me."id" = c."evidence_id"
  WHERE e."submission_id" = me."submission_id" AND e."kind" = 'sbom' AND e."sbom" IS NOT NULL AND (e."created_at", e."id") > (me."created_at", me."id")
);
