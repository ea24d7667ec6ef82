CREATE INDEX "certificates_product_sort_idx" ON "certificates" USING btree ("product_name","id");--> statement-breakpoint
CREATE INDEX "certificates_vendor_sort_idx" ON "certificates" USING btree ("vendor_name","id");--> statement-breakpoint
CREATE INDEX "certificates_expires_sort_idx" ON "certificates" USING btree ("expires_at","id");