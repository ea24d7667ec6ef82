import { expect } from 'vitest';

const NAME = '[A-Za-z_][\\w.:-]*';
const TOKEN = new RegExp(`<\\?xml[^?]*\\?>|<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>|<|&(?:(?:amp|lt|gt|quot|apos);|#\\d+;|#x[0-9a-fA-F]+;)|&`, 'g');

/**
 * A small well-formedness check, enough for generated feeds: tags nest and close, attributes are
 * quoted and free of `<`, every `&` starts a known entity, no stray `<`, one root element, and no
 * character XML 1.0 forbids.
 */
export function expectWellFormedXml(xml: string): void {
  // eslint-disable-next-line no-control-regex
  expect(xml, 'forbidden control character').not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
  const stack: string[] = [];
  let roots = 0;
  for (const m of xml.matchAll(TOKEN)) {
    const [token, closing, name, attributes, selfClosing] = m;
    if (token === '<') throw new Error(`stray "<" at ${m.index}`);
    if (token === '&') throw new Error(`unescaped "&" at ${m.index}`);
    if (!name) continue;
    if (attributes) {
      const names = [...attributes.matchAll(new RegExp(`(${NAME})\\s*=`, 'g'))].map((a) => a[1]);
      expect(new Set(names).size, `duplicate attribute in <${name}>`).toBe(names.length);
    }
    if (closing) {
      expect(stack.pop(), `</${name}> closes the wrong element`).toBe(name);
    } else if (!selfClosing) {
      if (stack.length === 0) roots++;
      stack.push(name);
    } else if (stack.length === 0) {
      roots++;
    }
  }
  expect(stack, 'unclosed elements').toEqual([]);
  expect(roots, 'exactly one root element').toBe(1);
}
