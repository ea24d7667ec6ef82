CREATE TYPE "public"."advisory_format" AS ENUM('csaf', 'osv', 'cyclonedx-vex', 'openvex');--> statement-breakpoint
CREATE TYPE "public"."advisory_match_state" AS ENUM('affected', 'not_affected', 'fixed', 'under_investigation');--> statement-breakpoint
CREATE TABLE "sbom_components" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sbom_components_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"evidence_id" uuid NOT NULL,
	"submission_id" uuid NOT NULL,
	"product_version_id" uuid NOT NULL,
	"purl_type" text,
	"package_key" text,
	"qualifiers" jsonb,
	"purl" text,
	"name" text NOT NULL,
	"version" text,
	"cpe" text
);
--> statement-breakpoint
CREATE TABLE "advisories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"format" "advisory_format" NOT NULL,
	"document_id" text NOT NULL,
	"revision" text NOT NULL,
	"title" text NOT NULL,
	"publisher" text,
	"sha256" text NOT NULL,
	"size" bigint NOT NULL,
	"actively_exploited" boolean DEFAULT false NOT NULL,
	"imported_by" uuid,
	"importer_org_id" uuid,
	"log_index" bigint,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "advisory_matches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"product_version_id" uuid NOT NULL,
	"vulnerability_id" text NOT NULL,
	"package_key" text NOT NULL,
	"component_version" text,
	"component_id" bigint,
	"advisory_id" uuid NOT NULL,
	"state" "advisory_match_state" NOT NULL,
	"justification" text,
	"confidence" text NOT NULL,
	"actively_exploited" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "evidence" ADD COLUMN "conformance" jsonb;--> statement-breakpoint
ALTER TABLE "sbom_components" ADD CONSTRAINT "sbom_components_evidence_id_evidence_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sbom_components" ADD CONSTRAINT "sbom_components_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sbom_components" ADD CONSTRAINT "sbom_components_product_version_id_product_versions_id_fk" FOREIGN KEY ("product_version_id") REFERENCES "public"."product_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisories" ADD CONSTRAINT "advisories_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisories" ADD CONSTRAINT "advisories_importer_org_id_organizations_id_fk" FOREIGN KEY ("importer_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisory_matches" ADD CONSTRAINT "advisory_matches_product_version_id_product_versions_id_fk" FOREIGN KEY ("product_version_id") REFERENCES "public"."product_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisory_matches" ADD CONSTRAINT "advisory_matches_component_id_sbom_components_id_fk" FOREIGN KEY ("component_id") REFERENCES "public"."sbom_components"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisory_matches" ADD CONSTRAINT "advisory_matches_advisory_id_advisories_id_fk" FOREIGN KEY ("advisory_id") REFERENCES "public"."advisories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sbom_components_package_idx" ON "sbom_components" USING btree ("package_key","version");--> statement-breakpoint
CREATE INDEX "sbom_components_evidence_idx" ON "sbom_components" USING btree ("evidence_id");--> statement-breakpoint
CREATE INDEX "sbom_components_version_idx" ON "sbom_components" USING btree ("product_version_id");--> statement-breakpoint
CREATE INDEX "sbom_components_cpe_idx" ON "sbom_components" USING btree ("cpe");--> statement-breakpoint
CREATE INDEX "advisories_document_idx" ON "advisories" USING btree ("document_id","imported_at");--> statement-breakpoint
CREATE INDEX "advisories_sha256_idx" ON "advisories" USING btree ("sha256");--> statement-breakpoint
CREATE UNIQUE INDEX "advisory_matches_key_uq" ON "advisory_matches" USING btree ("product_version_id","vulnerability_id","package_key");--> statement-breakpoint
CREATE INDEX "advisory_matches_state_idx" ON "advisory_matches" USING btree ("state","product_version_id");