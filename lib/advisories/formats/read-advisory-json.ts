import { exceedsJsonDepth } from '@/lib/evidence/sbom/exceeds-json-depth';
import { findTextProblems, summarizeTextProblems } from '@/lib/json/text-problems';
import { AdvisoryRefusal } from './advisory-refusal';

/** Deepest `{`/`[` nesting accepted; real advisories (CSAF branch trees included) stay far below. */
export const MAX_ADVISORY_JSON_DEPTH = 100;

/**
 * The text of an advisory as a JSON object, or a refusal: larger than `maxBytes`, not JSON, not an
 * object, nested deeper than MAX_ADVISORY_JSON_DEPTH (checked before `JSON.parse` sees it), or
 * holding text PostgreSQL cannot store (NUL, lone surrogates; the reasons name the paths).
 */
export function readAdvisoryJson(text: string, maxBytes: number): Record<string, unknown> {
  if (text.length > maxBytes) throw tooLarge(maxBytes);
  const bytes = new TextEncoder().encode(text);
  if (bytes.byteLength > maxBytes) throw tooLarge(maxBytes);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!body.trimStart().startsWith('{')) {
    throw new AdvisoryRefusal(['The document is not a JSON object; CSAF 2.0, OSV, CycloneDX VEX and OpenVEX are JSON objects.']);
  }
  if (exceedsJsonDepth(bytes, MAX_ADVISORY_JSON_DEPTH)) {
    throw new AdvisoryRefusal([`The JSON is nested more than ${MAX_ADVISORY_JSON_DEPTH} levels deep.`]);
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    throw new AdvisoryRefusal([`The document is not valid JSON: ${(error as Error).message}`]);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new AdvisoryRefusal(['The document is not a JSON object.']);
  }
  const problems = findTextProblems(value, { limit: 5 });
  if (problems.length > 0) {
    // Named as the schema refusals name paths: `affected[0].package.name`.
    throw new AdvisoryRefusal(problems.map((problem) => summarizeTextProblems([{ ...problem, path: problem.path.replace(/\.(\d+)(?=\.|$)/g, '[$1]') }])));
  }
  return value as Record<string, unknown>;
}

function tooLarge(maxBytes: number): AdvisoryRefusal {
  return new AdvisoryRefusal([`The document is larger than ${maxBytes} bytes, the most that is parsed.`]);
}
