import { catalogueSchema } from './catalogue-schema';
import type { Catalogue } from './catalogue-schema';

/** Thrown by {@link parseCatalogue} when the JSON does not match the catalogue schema. */
export class InvalidCatalogueError extends Error {
  readonly issues: readonly { path: string; message: string }[];

  constructor(issues: readonly { path: string; message: string }[]) {
    super(`Invalid SCAS catalogue: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`);
    this.name = 'InvalidCatalogueError';
    this.issues = issues;
  }
}

/**
 * Validates an already-decoded SCAS catalogue (db/data/scas-catalogue.json):
 * shape, spec names, clause numbers, `id` = `<spec number>-<clause>`, unique
 * ids and specs, and a version on every spec that has test cases.
 * @throws {InvalidCatalogueError} listing every issue found.
 */
export function parseCatalogue(json: unknown): Catalogue {
  const result = catalogueSchema.safeParse(json);
  if (result.success) return result.data;
  throw new InvalidCatalogueError(
    result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  );
}
