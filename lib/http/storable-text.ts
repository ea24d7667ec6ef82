import { badRequest } from '@/lib/errors';
import { describeTextProblem, findTextProblems, summarizeTextProblems, type TextProblem } from '@/lib/json/text-problems';

/**
 * The one rule for text that comes in over HTTP, a server action or the CLI: no NUL, no lone
 * surrogates (PostgreSQL cannot store them; they used to answer 500) and no invisible
 * bidirectional controls. Refused with a 400 whose `errors` name each field, before anything is
 * stored.
 */
export const INPUT_TEXT_RULES = { refuseBidiControls: true } as const;

/** The refused fields of a parsed JSON body or form input; empty when all of it may be stored. */
export function inputTextProblems(value: unknown): TextProblem[] {
  return findTextProblems(value, INPUT_TEXT_RULES);
}

/** Throws a 400 naming the fields when `value` holds text the portal refuses. */
export function assertStorableInput(value: unknown): void {
  const problems = inputTextProblems(value);
  if (problems.length > 0) throw badRequest(`Invalid input: ${summarizeTextProblems(problems)}`, problems);
}

/**
 * The same rule for a whole text body such as a CSV file: the problem is named by its line
 * (`line 3`), as the CSV readers report their other problems.
 */
export function assertStorableTextBody(text: string): void {
  const message = describeTextProblem(text, INPUT_TEXT_RULES);
  if (!message) return;
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const lineMessage = describeTextProblem(lines[i], INPUT_TEXT_RULES);
    if (lineMessage) {
      const problem = { path: `line ${i + 1}`, message: `The text ${lineMessage}.` };
      throw badRequest(`Invalid input: ${summarizeTextProblems([problem])}`, [problem]);
    }
  }
  throw badRequest(`Invalid input: the text ${message}.`, [{ path: '', message: `The text ${message}.` }]);
}

// eslint-disable-next-line no-control-regex -- removing NUL is the point
const REFUSED_CHARACTERS = /\u0000|[\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * `text` without the characters the rule refuses, for the one field whose contract is to clean
 * rather than refuse: an evidence file name (sanitizeFilename strips control and bidi characters).
 */
export function withoutRefusedCharacters(text: string): string {
  return text.replace(REFUSED_CHARACTERS, '');
}
