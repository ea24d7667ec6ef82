import type { z } from 'zod';

const MAX_ISSUES = 3;

/** Turns zod issues into one readable sentence naming where in the document each problem is. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], pathPrefix: readonly PropertyKey[] = []): string {
  const described = issues.slice(0, MAX_ISSUES).map((issue) => {
    const where = formatPath([...pathPrefix, ...issue.path]);
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  const more = issues.length > MAX_ISSUES ? ` (and ${issues.length - MAX_ISSUES} more)` : '';
  return described.join('; ') + more;
}

/** Formats a document path as `components[3].licenses[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}
