CREATE TABLE "concentration_thresholds" (
	"segment" "network_segment" PRIMARY KEY NOT NULL,
	"share_basis_points" integer NOT NULL,
	"hhi" integer NOT NULL,
	"reason" text NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inventory_snapshots" (
	"log_index" bigint PRIMARY KEY NOT NULL,
	"operator_org_id" uuid NOT NULL,
	"items" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "phase_outs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"segment" "network_segment" NOT NULL,
	"vendor_org_id" uuid NOT NULL,
	"deadline" date NOT NULL,
	"reason" text NOT NULL,
	"set_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "concentration_thresholds" ADD CONSTRAINT "concentration_thresholds_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inventory_snapshots" ADD CONSTRAINT "inventory_snapshots_operator_org_id_organizations_id_fk" FOREIGN KEY ("operator_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phase_outs" ADD CONSTRAINT "phase_outs_vendor_org_id_organizations_id_fk" FOREIGN KEY ("vendor_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phase_outs" ADD CONSTRAINT "phase_outs_set_by_users_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inventory_snapshots_operator_idx" ON "inventory_snapshots" USING btree ("operator_org_id","log_index");--> statement-breakpoint
CREATE UNIQUE INDEX "phase_outs_segment_vendor_uq" ON "phase_outs" USING btree ("segment","vendor_org_id");