DROP INDEX "certificates_search_idx";--> statement-breakpoint
ALTER TABLE "certificates" DROP COLUMN "search_vector";