DROP INDEX "certificates_vendor_idx";--> statement-breakpoint
DROP INDEX "certificates_lab_idx";--> statement-breakpoint
DROP INDEX "certificates_nf_idx";--> statement-breakpoint
DROP INDEX "certificates_segment_idx";--> statement-breakpoint
DROP INDEX "certificates_issued_idx";--> statement-breakpoint
CREATE INDEX "certificates_vendor_idx" ON "certificates" USING btree ("vendor_org_id","issued_at","id","status","expires_at","expiry_logged_at");--> statement-breakpoint
CREATE INDEX "certificates_lab_idx" ON "certificates" USING btree ("lab_org_id","issued_at","id","status","expires_at","expiry_logged_at");--> statement-breakpoint
CREATE INDEX "certificates_nf_idx" ON "certificates" USING btree ("network_function","issued_at","id","status","expires_at","expiry_logged_at");--> statement-breakpoint
CREATE INDEX "certificates_segment_idx" ON "certificates" USING btree ("segment","issued_at","id","status","expires_at","expiry_logged_at");--> statement-breakpoint
CREATE INDEX "certificates_issued_idx" ON "certificates" USING btree ("issued_at","id","status","expires_at","expiry_logged_at");