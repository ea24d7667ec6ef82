import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ParsedAdvisory } from '@/lib/advisories/advisory-model';
import { parseAdvisory } from '@/lib/advisories/parse-advisory';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/advisories');

/** The text of a committed fixture in test/fixtures/advisories. */
export function fixtureText(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** A fixture as a mutable JSON value, for the malformed variants a test makes from it. */
export function fixtureJson(name: string): Record<string, any> {
  return JSON.parse(fixtureText(name));
}

/** The parsed advisory, failing the test with the reasons when the document is refused. */
export function parsed(document: string | object): ParsedAdvisory {
  const result = parseAdvisory(typeof document === 'string' ? document : JSON.stringify(document));
  if (!result.ok) throw new Error(`refused: ${result.reasons.join(' | ')}`);
  return result.advisory;
}

/** The reasons a document is refused for, failing the test when it is accepted. */
export function refused(document: string | object): string[] {
  const result = parseAdvisory(typeof document === 'string' ? document : JSON.stringify(document));
  if (result.ok) throw new Error('expected the document to be refused');
  return result.reasons;
}
