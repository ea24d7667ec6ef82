-- Every prefix (up to 64 characters) of every lexeme PostgreSQL's 'simple' configuration finds in a
-- document: what a certificate's search column stores, so that "every word a prefix" becomes exact
-- GIN lookups of plainto_tsquery's lexemes (partial-match lookups cost several times as much).
CREATE FUNCTION certificate_search_prefixes(document text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$
  SELECT array_to_tsvector(coalesce(array_agg(DISTINCT left(lexeme, n)), '{}'))
  FROM unnest(tsvector_to_array(to_tsvector('simple'::regconfig, document))) AS lexeme,
       generate_series(1, least(length(lexeme), 64)) AS n
$$;
