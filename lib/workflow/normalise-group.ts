/**
 * A corporate group name reduced for comparison: Unicode-normalised, all
 * whitespace removed, lower-cased. Removing inner whitespace too errs on the
 * side of flagging a shared group ("Acme Group" = "AcmeGroup").
 */
export function normaliseGroup(group: string | null | undefined): string {
  return (group ?? '').normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** True when both groups are non-empty and equal after {@link normaliseGroup}; an empty group never matches. */
export function isSameGroup(a: string | null | undefined, b: string | null | undefined): boolean {
  const left = normaliseGroup(a);
  return left !== '' && left === normaliseGroup(b);
}
