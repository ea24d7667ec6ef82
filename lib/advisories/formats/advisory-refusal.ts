import type { z } from 'zod';
import { formatPath } from '@/lib/evidence/sbom/describe-issues';

const MAX_REASONS = 10;

/** Thrown inside a format parser to refuse the document; `parseAdvisory` turns it into `{ ok: false, reasons }`. */
export class AdvisoryRefusal extends Error {
  constructor(readonly reasons: string[]) {
    super(reasons.join('; '));
  }
}

/** Refuses with one reason at `path` (`vulnerabilities[0].product_status`), or about the whole document. */
export function refuse(path: readonly PropertyKey[], message: string): never {
  throw new AdvisoryRefusal([at(path, message)]);
}

/** `path: message`, the shape every reason has. */
export function at(path: readonly PropertyKey[], message: string): string {
  const where = formatPath(path);
  return where ? `${where}: ${message}` : message;
}

/** Parses `value` with `schema` or refuses, one reason per zod issue naming its path (the first few). */
export function parseOrRefuse<T extends z.ZodType>(schema: T, value: unknown, label: string, prefix: readonly PropertyKey[] = []): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues;
  const reasons = issues.slice(0, MAX_REASONS).map((issue) => at([...prefix, ...issue.path], `${issue.message} (not a valid ${label})`));
  if (issues.length > MAX_REASONS) reasons.push(`and ${issues.length - MAX_REASONS} more problems`);
  throw new AdvisoryRefusal(reasons);
}
