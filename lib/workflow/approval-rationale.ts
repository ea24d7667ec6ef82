/** What is still open on a submission a regulator is about to approve. */
export type OpenIssues = {
  /** Results of the evaluation under review. */
  failed: number;
  inconclusive: number;
  /** Advisory matches in state `affected` for the product version. */
  affectedMatches: number;
};

function plural(n: number, one: string, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Why an approval needs a written rationale, or null when it does not: approving with any failed or
 * inconclusive test case, or any advisory match still `affected`, must say why. The approve command
 * refuses without one (409 `rationale_missing`); the decision panel asks for it from the same rule.
 */
export function rationaleRequirement(issues: OpenIssues): string | null {
  const open = [
    issues.failed > 0 ? plural(issues.failed, 'failed test case') : null,
    issues.inconclusive > 0 ? plural(issues.inconclusive, 'inconclusive test case') : null,
    issues.affectedMatches > 0 ? plural(issues.affectedMatches, 'open affected advisory match', 'open affected advisory matches') : null,
  ].filter((s): s is string => s !== null);
  if (open.length === 0) return null;
  return `This evaluation has ${open.join(', ')}: write a rationale saying why approving is still right`;
}
