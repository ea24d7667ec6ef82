import { schemeForVersType } from './schemes';
import type { VersionScheme } from './version-scheme';

export type VersComparator = '=' | '!=' | '<' | '<=' | '>' | '>=';
/** `parsed` is `version` as the type's scheme parses it. */
export type VersConstraint = { comparator: VersComparator; version: string; parsed: unknown };

/** A validated vers: `constraints` is null for `*` (every version). */
export type ParsedVers = { type: string; scheme: VersionScheme; constraints: VersConstraint[] | null };

export type VersParseResult = { ok: true; vers: ParsedVers } | { ok: false; error: string };

const TYPE = /^[a-z][a-z0-9.-]*$/;
const COMPARATORS: readonly VersComparator[] = ['>=', '<=', '!=', '<', '>', '='];

/**
 * Parses and validates a vers (package-url VERSION-RANGE-SPEC, "How to parse and validate"):
 * `vers:<type>/<constraint>|<constraint>…`. Every version must be valid under the type's scheme,
 * unique, and in ascending order, and the comparators must alternate as the spec requires;
 * invalid input is reported, never repaired. A leading `=` is accepted as the equality the
 * spec's earlier edition wrote it as.
 */
export function parseVers(text: string): VersParseResult {
  if (/\s/.test(text)) return fail('whitespace is not permitted');
  if (!text.startsWith('vers:')) return fail('a vers starts with "vers:"');
  const specifier = text.slice('vers:'.length);
  const slash = specifier.indexOf('/');
  if (slash === -1) return fail('no "/" between the type and the constraints');
  const type = specifier.slice(0, slash);
  const rest = specifier.slice(slash + 1);
  if (!TYPE.test(type)) return fail(`invalid vers type "${type}"`);
  if (type === 'invalid') return fail('the reserved type "invalid" is always invalid');
  const scheme = schemeForVersType(type);
  if (rest === '') return fail('no constraints');
  if (rest === '*') return { ok: true, vers: { type, scheme, constraints: null } };
  if (rest.startsWith('|')) return fail('leading pipe is not permitted');
  if (rest.endsWith('|')) return fail('trailing pipe is not permitted');
  const constraints: VersConstraint[] = [];
  for (const part of rest.split('|')) {
    if (part === '') return fail('consecutive pipes are not permitted');
    if (part.includes('*')) return fail('"*" must stand alone');
    const comparator = COMPARATORS.find((c) => part.startsWith(c)) ?? '=';
    const encoded = part.startsWith(comparator) ? part.slice(comparator.length) : part;
    if (encoded === '') return fail(`constraint "${part}" has no version`);
    const version = percentDecode(encoded);
    if (version === null) return fail(`invalid percent-encoding in version "${encoded}"`);
    const parsed = scheme.parse(version);
    if (parsed === null) return fail(`"${version}" is not a valid ${scheme.name} version`);
    constraints.push({ comparator, version, parsed });
  }
  const orderError = checkOrder(constraints, scheme);
  return orderError ? fail(orderError) : { ok: true, vers: { type, scheme, constraints } };
}

function fail(error: string): VersParseResult {
  return { ok: false, error: `invalid vers: ${error}` };
}

function percentDecode(text: string): string | null {
  if (/%(?![0-9A-Fa-f]{2})/.test(text)) return null;
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

const isLessThan = (c: VersComparator): boolean => c === '<' || c === '<=';
const isGreaterThan = (c: VersComparator): boolean => c === '>' || c === '>=';

function checkOrder(constraints: VersConstraint[], scheme: VersionScheme): string | null {
  for (let i = 1; i < constraints.length; i++) {
    const r = scheme.compareParsed(constraints[i - 1].parsed, constraints[i].parsed);
    if (r === 0) return `version "${constraints[i].version}" occurs twice`;
    if (r > 0) return 'constraints are not sorted by version';
  }
  const bounds = constraints.filter((c) => c.comparator !== '!=');
  for (let i = 1; i < bounds.length; i++) {
    const previous = bounds[i - 1].comparator;
    const current = bounds[i].comparator;
    const allowed =
      previous === '=' ? current === '=' || isGreaterThan(current) : isLessThan(previous) ? !isLessThan(current) : isLessThan(current);
    if (!allowed) return `"${previous}" cannot be followed by "${current}"`;
  }
  return null;
}
