CREATE TABLE "network_function_follows" (
	"user_id" uuid NOT NULL,
	"network_function" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_function_follows_user_id_network_function_pk" PRIMARY KEY("user_id","network_function")
);
--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "resolved_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "network_function_follows" ADD CONSTRAINT "network_function_follows_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "network_function_follows_function_idx" ON "network_function_follows" USING btree ("network_function");--> statement-breakpoint
CREATE INDEX "notifications_link_idx" ON "notifications" USING btree ("link");