import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeTextProblem, findTextProblems, showEscaped } from '@/lib/json/text-problems';
import { HOSTILE_STRINGS } from '../../helpers/hostile-text';

const UNSTORABLE = HOSTILE_STRINGS.filter((h) => !/RTL|isolate/.test(h.label));
const BIDI = HOSTILE_STRINGS.filter((h) => /RTL|isolate/.test(h.label));

describe('findTextProblems', () => {
  it.each(UNSTORABLE)('names the path of a string with a $label, parsed from its JSON escape', ({ value }) => {
    const parsed = JSON.parse(JSON.stringify({ components: [{ name: 'ok' }, { name: 'fine' }, { name: 'x' }, { name: value }] }));
    expect(findTextProblems(parsed)).toEqual([{ path: 'components.3.name', message: expect.stringMatching(/NUL|surrogate/) }]);
  });

  it('reads the escape \\u0000 in JSON text as the NUL it is', () => {
    const parsed = JSON.parse('{"a":{"b":"x\\u0000y"}}');
    expect(findTextProblems(parsed).map((p) => p.path)).toEqual(['a.b']);
  });

  it('finds bad keys too, and shows them escaped', () => {
    const parsed = JSON.parse('{"ok":1,"na\\u0000me":"v","list":[{"\\ud800":true}]}');
    const problems = findTextProblems(parsed);
    expect(problems.map((p) => p.path)).toEqual(['na\\u0000me', 'list.0.\\ud800']);
    expect(problems[0].message).toMatch(/^The key contains a NUL/);
  });

  it('accepts well-formed text of every script, emoji (surrogate pairs) included', () => {
    const parsed = { name: 'Nordwave 🚀 Ωμέγα 東京 עברית العربية', tags: ['\u00e9', '\u200d'] };
    expect(findTextProblems(parsed)).toEqual([]);
    expect(findTextProblems(parsed, { refuseBidiControls: true })).toEqual([]);
  });

  it.each(BIDI)('refuses a $label only when asked to', ({ value }) => {
    expect(findTextProblems({ name: value })).toEqual([]);
    expect(findTextProblems({ name: value }, { refuseBidiControls: true })).toEqual([
      { path: 'name', message: expect.stringMatching(/text-direction control/) },
    ]);
  });

  it('reports problems in document order and stops at the limit', () => {
    const value = { a: ['\u0000', 'ok', '\ud800'], b: '\u0000', c: { d: '\u0000' } };
    expect(findTextProblems(value).map((p) => p.path)).toEqual(['a.0', 'a.2', 'b', 'c.d']);
    expect(findTextProblems(value, { limit: 2 }).map((p) => p.path)).toEqual(['a.0', 'a.2']);
  });

  it('walks a deeply nested body without overflowing the stack', () => {
    const depth = 200_000;
    const parsed = JSON.parse(`${'['.repeat(depth)}"\\u0000"${']'.repeat(depth)}`);
    const [problem] = findTextProblems(parsed);
    expect(problem.path.split('.').length).toBe(depth);
  });

  it('reports the root string with an empty path', () => {
    expect(findTextProblems('\u0000')).toEqual([{ path: '', message: expect.stringContaining('NUL') }]);
  });

  it('agrees with PostgreSQL-safe text on arbitrary UTF-16 strings', () => {
    const codeUnit = fc.oneof(fc.constantFrom(0, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0x41), fc.integer({ min: 0, max: 0xffff }));
    const utf16 = fc.array(codeUnit, { maxLength: 12 }).map((units) => String.fromCharCode(...units));
    fc.assert(
      fc.property(utf16, (text) => {
        const storable = !text.includes('\u0000') && text.isWellFormed();
        return (describeTextProblem(text) === null) === storable;
      }),
    );
  });
});

describe('showEscaped', () => {
  it('writes control characters, lone surrogates and bidi controls as escapes, leaving pairs alone', () => {
    expect(showEscaped('a\u0000b\ud800c\u202e🚀')).toBe('a\\u0000b\\ud800c\\u202e🚀');
  });
});
