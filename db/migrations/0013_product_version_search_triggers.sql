-- What an operator's version search looks in: every prefix of every word of the product's name,
-- model and function, the version and the vendor's name (the same prefixes a certificate stores,
-- migration 0007). Kept current by triggers, because the words live in three tables.
CREATE FUNCTION product_version_search_prefixes(p_product_id uuid, p_version text) RETURNS tsvector
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT certificate_search_prefixes(
    coalesce(p.name, '') || ' ' || coalesce(p.model, '') || ' ' || coalesce(p_version, '') || ' ' ||
    coalesce(o.name, '') || ' ' || coalesce(p.network_function, ''))
  FROM products p JOIN organizations o ON o.id = p.vendor_org_id
  WHERE p.id = p_product_id
$$;
--> statement-breakpoint
CREATE FUNCTION product_versions_set_search() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  NEW.search_prefixes := product_version_search_prefixes(NEW.product_id, NEW.version);
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER product_versions_search BEFORE INSERT OR UPDATE OF product_id, version ON product_versions
FOR EACH ROW EXECUTE FUNCTION product_versions_set_search();
--> statement-breakpoint
CREATE FUNCTION products_refresh_version_search() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  UPDATE product_versions SET search_prefixes = product_version_search_prefixes(NEW.id, version)
  WHERE product_id = NEW.id;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER products_version_search AFTER UPDATE OF name, model, network_function, vendor_org_id ON products
FOR EACH ROW EXECUTE FUNCTION products_refresh_version_search();
--> statement-breakpoint
CREATE FUNCTION organizations_refresh_version_search() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  UPDATE product_versions pv SET search_prefixes = product_version_search_prefixes(pv.product_id, pv.version)
  FROM products p
  WHERE p.id = pv.product_id AND p.vendor_org_id = NEW.id;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER organizations_version_search AFTER UPDATE OF name ON organizations
FOR EACH ROW EXECUTE FUNCTION organizations_refresh_version_search();
--> statement-breakpoint
UPDATE product_versions SET search_prefixes = product_version_search_prefixes(product_id, version);
