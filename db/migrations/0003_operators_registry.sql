CREATE TYPE "public"."operator_decision" AS ENUM('accept', 'reject');--> statement-breakpoint
CREATE TYPE "public"."severity" AS ENUM('none', 'low', 'medium', 'high', 'critical');--> statement-breakpoint
CREATE TYPE "public"."vulnerability_status" AS ENUM('open', 'confirmed', 'disputed', 'fixed');--> statement-breakpoint
CREATE TABLE "deployments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"operator_org_id" uuid NOT NULL,
	"product_version_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"link" text,
	"dedupe_key" text,
	"is_read" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "operator_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"certificate_id" uuid NOT NULL,
	"operator_org_id" uuid NOT NULL,
	"decision" "operator_decision" NOT NULL,
	"rationale" text NOT NULL,
	"decided_by" uuid NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vulnerabilities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"product_version_id" uuid NOT NULL,
	"cve" text,
	"cvss_score" numeric(3, 1) NOT NULL,
	"severity" "severity" NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"status" "vulnerability_status" DEFAULT 'open' NOT NULL,
	"fixed_in_version" text,
	"vendor_response" text,
	"reported_by" uuid NOT NULL,
	"reporter_org_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
DROP INDEX "certificates_vendor_idx";--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "product_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "product_model" text;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "version_label" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "vendor_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "lab_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "network_function" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "segment" "network_segment" DEFAULT 'core' NOT NULL;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "spec_versions" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "review_required_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "review_reason" text;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple', coalesce(product_name, '') || ' ' || coalesce(product_model, '') || ' ' || coalesce(version_label, '') || ' ' || coalesce(vendor_name, '') || ' ' || coalesce(lab_name, '') || ' ' || coalesce(network_function, ''))) STORED;--> statement-breakpoint
ALTER TABLE "deployments" ADD CONSTRAINT "deployments_operator_org_id_organizations_id_fk" FOREIGN KEY ("operator_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deployments" ADD CONSTRAINT "deployments_product_version_id_product_versions_id_fk" FOREIGN KEY ("product_version_id") REFERENCES "public"."product_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operator_decisions" ADD CONSTRAINT "operator_decisions_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operator_decisions" ADD CONSTRAINT "operator_decisions_operator_org_id_organizations_id_fk" FOREIGN KEY ("operator_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operator_decisions" ADD CONSTRAINT "operator_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vulnerabilities" ADD CONSTRAINT "vulnerabilities_product_version_id_product_versions_id_fk" FOREIGN KEY ("product_version_id") REFERENCES "public"."product_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vulnerabilities" ADD CONSTRAINT "vulnerabilities_reported_by_users_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vulnerabilities" ADD CONSTRAINT "vulnerabilities_reporter_org_id_organizations_id_fk" FOREIGN KEY ("reporter_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "deployments_org_version_uq" ON "deployments" USING btree ("operator_org_id","product_version_id");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","is_read","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_dedupe_uq" ON "notifications" USING btree ("user_id","dedupe_key");--> statement-breakpoint
CREATE UNIQUE INDEX "operator_decisions_cert_org_uq" ON "operator_decisions" USING btree ("certificate_id","operator_org_id");--> statement-breakpoint
CREATE INDEX "vulnerabilities_version_idx" ON "vulnerabilities" USING btree ("product_version_id","status");--> statement-breakpoint
CREATE INDEX "vulnerabilities_cve_idx" ON "vulnerabilities" USING btree ("cve");--> statement-breakpoint
CREATE INDEX "certificates_lab_idx" ON "certificates" USING btree ("lab_org_id","issued_at");--> statement-breakpoint
CREATE INDEX "certificates_nf_idx" ON "certificates" USING btree ("network_function","issued_at");--> statement-breakpoint
CREATE INDEX "certificates_segment_idx" ON "certificates" USING btree ("segment","issued_at");--> statement-breakpoint
CREATE INDEX "certificates_issued_idx" ON "certificates" USING btree ("issued_at","id");--> statement-breakpoint
CREATE INDEX "certificates_version_idx" ON "certificates" USING btree ("product_version_id");--> statement-breakpoint
CREATE INDEX "certificates_review_idx" ON "certificates" USING btree ("review_required_at");--> statement-breakpoint
CREATE INDEX "certificates_search_idx" ON "certificates" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "certificates_vendor_idx" ON "certificates" USING btree ("vendor_org_id","issued_at");--> statement-breakpoint
UPDATE "certificates" c SET
  "product_name" = p.name, "product_model" = p.model, "version_label" = v.version,
  "vendor_name" = vo.name, "lab_name" = lo.name, "network_function" = p.network_function, "segment" = p.segment
FROM "product_versions" v
  JOIN "products" p ON p.id = v.product_id
  JOIN "organizations" vo ON vo.id = p.vendor_org_id,
  "organizations" lo
WHERE v.id = c.product_version_id AND lo.id = c.lab_org_id AND c.product_name = '';
