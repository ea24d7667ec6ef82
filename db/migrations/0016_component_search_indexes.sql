DROP INDEX "sbom_components_package_idx";--> statement-breakpoint
CREATE INDEX "sbom_components_package_id_idx" ON "sbom_components" USING btree ("package_key","id");--> statement-breakpoint
CREATE INDEX "sbom_components_package_idx" ON "sbom_components" USING btree ("package_key","version","id");