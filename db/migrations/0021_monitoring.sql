CREATE TABLE "advisory_feeds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"url" text NOT NULL,
	"created_by" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_pulled_at" timestamp with time zone,
	"last_error" text,
	CONSTRAINT "advisory_feeds_url_unique" UNIQUE("url")
);
--> statement-breakpoint
CREATE TABLE "advisory_fetch_cache" (
	"url" text PRIMARY KEY NOT NULL,
	"etag" text,
	"last_modified" text,
	"fetched_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "advisory_statements" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "advisory_statements_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"advisory_id" uuid NOT NULL,
	"vulnerability_id" text NOT NULL,
	"purl_type" text,
	"package_key" text,
	"qualifiers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"cpe_product" text,
	"range" jsonb NOT NULL,
	"status" "advisory_match_state" NOT NULL,
	"justification" text,
	"detail" text,
	"remediation" text,
	"actively_exploited" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vendor_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"product_version_id" uuid NOT NULL,
	"vendor_org_id" uuid NOT NULL,
	"vulnerability_id" text NOT NULL,
	"notified_at" timestamp with time zone NOT NULL,
	"exploited_at" timestamp with time zone,
	"fix_available_at" timestamp with time zone,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "advisories" ADD COLUMN "source" text DEFAULT 'upload' NOT NULL;--> statement-breakpoint
ALTER TABLE "advisories" ADD COLUMN "is_vendor_statement" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "advisories" ADD COLUMN "scope_product_version_id" uuid;--> statement-breakpoint
ALTER TABLE "advisories" ADD COLUMN "warnings" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "advisories" ADD COLUMN "superseded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "advisory_matches" ADD COLUMN "state_source" text DEFAULT 'advisory' NOT NULL;--> statement-breakpoint
ALTER TABLE "advisory_matches" ADD COLUMN "detail" text;--> statement-breakpoint
ALTER TABLE "advisory_feeds" ADD CONSTRAINT "advisory_feeds_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisory_feeds" ADD CONSTRAINT "advisory_feeds_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisory_statements" ADD CONSTRAINT "advisory_statements_advisory_id_advisories_id_fk" FOREIGN KEY ("advisory_id") REFERENCES "public"."advisories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor_tasks" ADD CONSTRAINT "vendor_tasks_product_version_id_product_versions_id_fk" FOREIGN KEY ("product_version_id") REFERENCES "public"."product_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor_tasks" ADD CONSTRAINT "vendor_tasks_vendor_org_id_organizations_id_fk" FOREIGN KEY ("vendor_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "advisory_statements_package_idx" ON "advisory_statements" USING btree ("package_key");--> statement-breakpoint
CREATE INDEX "advisory_statements_cpe_idx" ON "advisory_statements" USING btree ("cpe_product");--> statement-breakpoint
CREATE INDEX "advisory_statements_advisory_idx" ON "advisory_statements" USING btree ("advisory_id");--> statement-breakpoint
CREATE UNIQUE INDEX "vendor_tasks_key_uq" ON "vendor_tasks" USING btree ("product_version_id","vulnerability_id");--> statement-breakpoint
CREATE INDEX "vendor_tasks_vendor_idx" ON "vendor_tasks" USING btree ("vendor_org_id","closed_at");--> statement-breakpoint
ALTER TABLE "advisories" ADD CONSTRAINT "advisories_scope_product_version_id_product_versions_id_fk" FOREIGN KEY ("scope_product_version_id") REFERENCES "public"."product_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "advisories_document_revision_uq" ON "advisories" USING btree ("document_id","revision");