DROP INDEX "certificates_search_idx";--> statement-breakpoint
CREATE INDEX "certificates_search_idx" ON "certificates" USING gin ("search_prefixes") WITH (fastupdate=false);