import { compareDigitRuns, compareOrdinal } from './numeric-string';
import { defineScheme } from './version-scheme';

/**
 * Maven's ComparableVersion (maven-artifact, as of Maven 3.9/4): items split on `.`, `-` and
 * digit/letter transitions; `-` opens a nested list; known qualifiers order
 * alpha < beta < milestone < rc = cr < snapshot < "" = ga = final = release < sp, unknown
 * qualifiers after them lexically; trailing zeros and release qualifiers are dropped, so
 * `1 = 1.0 = 1-ga` and `1.0.0-rc1 < 1.0.0`.
 */
export const mavenScheme = defineScheme<ListItem>({
  name: 'maven',
  confidence: 'high',
  parse: (version) => (isMavenVersion(version) ? parseMaven(version) : null),
  compareParsed: (a, b) => compareItems(a, b),
});

/** Maven refuses longer strings: each `-` nests a list, and comparison recurses per level. */
const MAX_LENGTH = 256;

/** ComparableVersion orders any string; a version here needs a letter or digit and no blanks. */
function isMavenVersion(version: string): boolean {
  return version.length <= MAX_LENGTH && /[0-9A-Za-z]/.test(version) && !/\s/.test(version);
}

type Item =
  | { kind: 'int'; digits: string }
  | { kind: 'string'; value: string }
  | { kind: 'combination'; text: StringItem; digits: Item }
  | { kind: 'list'; items: Item[] };
type StringItem = Extract<Item, { kind: 'string' }>;
type ListItem = Extract<Item, { kind: 'list' }>;

const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
const RELEASE_QUALIFIERS = new Set(['ga', 'final', 'release']);
const RELEASE_INDEX = String(QUALIFIERS.indexOf(''));

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

function makeString(value: string, followedByDigit: boolean): StringItem {
  let v = value;
  if (followedByDigit && v.length === 1) v = v === 'a' ? 'alpha' : v === 'b' ? 'beta' : v === 'm' ? 'milestone' : v;
  return { kind: 'string', value: v === 'cr' ? 'rc' : v };
}

function makeItem(isCombination: boolean, digitRun: boolean, text: string): Item {
  if (isCombination) {
    const t = text.replaceAll('-', '');
    let split = 0;
    for (let i = 0; i < t.length; i++) {
      if (isDigit(t[i])) {
        split = i;
        break;
      }
    }
    return { kind: 'combination', text: makeString(t.slice(0, split), true), digits: makeItem(false, true, t.slice(split)) };
  }
  if (digitRun) return { kind: 'int', digits: text.replace(/^0+(?=.)/, '') || '0' };
  return makeString(text, false);
}

function isNull(item: Item): boolean {
  switch (item.kind) {
    case 'int':
      return /^0+$/.test(item.digits);
    case 'string':
      return item.value === '';
    case 'combination':
      return false;
    case 'list':
      return item.items.length === 0;
  }
}

function normalize(list: ListItem): void {
  const items = list.items;
  for (let i = items.length - 1; i >= 0; i--) {
    if (!isNull(items[i])) continue;
    const next = items[i + 1];
    if (i === items.length - 1 || next.kind === 'string') {
      items.splice(i, 1);
    } else if (next.kind === 'list') {
      const head = next.items[0];
      if (head && (head.kind === 'combination' || head.kind === 'string')) items.splice(i, 1);
    }
  }
  const only = items[0];
  if (items.length === 1 && only.kind === 'list') list.items = only.items;
}

function parseMaven(version: string): ListItem {
  const text = version.toLowerCase();
  const root: ListItem = { kind: 'list', items: [] };
  let list = root;
  const stack: ListItem[] = [root];
  const nest = (): void => {
    const child: ListItem = { kind: 'list', items: [] };
    list.items.push(child);
    list = child;
    stack.push(child);
  };
  let digitRun = false;
  let isCombination = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '.') {
      list.items.push(i === start ? { kind: 'int', digits: '0' } : makeItem(isCombination, digitRun, text.slice(start, i)));
      isCombination = false;
      start = i + 1;
    } else if (c === '-') {
      if (i === start) {
        list.items.push({ kind: 'int', digits: '0' });
      } else {
        // `X-1` reads as the combination `X1`.
        if (!digitRun && i !== text.length - 1 && isDigit(text[i + 1])) {
          isCombination = true;
          continue;
        }
        list.items.push(makeItem(isCombination, digitRun, text.slice(start, i)));
      }
      start = i + 1;
      if (list.items.length > 0) nest();
      isCombination = false;
    } else if (isDigit(c)) {
      if (!digitRun && i > start) {
        isCombination = true;
        if (list.items.length > 0) nest();
      }
      digitRun = true;
    } else {
      if (digitRun && i > start) {
        list.items.push(makeItem(isCombination, true, text.slice(start, i)));
        start = i;
        nest();
        isCombination = false;
      }
      digitRun = false;
    }
  }
  if (text.length > start) {
    // `1.0.0.X1 < 1.0.0-X2`: a trailing `.X` is read as `-X`.
    if (!digitRun && list.items.length > 0) nest();
    list.items.push(makeItem(isCombination, digitRun, text.slice(start)));
  }
  while (stack.length > 0) normalize(stack.pop() as ListItem);
  return root;
}

function comparableQualifier(q: string): string {
  if (RELEASE_QUALIFIERS.has(q)) return RELEASE_INDEX;
  const i = QUALIFIERS.indexOf(q);
  return i === -1 ? `${QUALIFIERS.length}-${q}` : String(i);
}

/** `b === null` compares against "nothing here", the padding of the shorter version. */
function compareItems(a: Item, b: Item | null): number {
  switch (a.kind) {
    case 'int':
      return compareInt(a, b);
    case 'string':
      return compareString(a, b);
    case 'combination':
      return compareCombination(a, b);
    case 'list':
      return compareList(a, b);
  }
}

function compareInt(a: Extract<Item, { kind: 'int' }>, b: Item | null): number {
  if (b === null) return isNull(a) ? 0 : 1;
  if (b.kind === 'int') return Math.sign(compareDigitRuns(a.digits, b.digits));
  return 1;
}

function compareString(a: StringItem, b: Item | null): number {
  if (b === null) return Math.sign(compareOrdinal(comparableQualifier(a.value), RELEASE_INDEX));
  switch (b.kind) {
    case 'int':
      return -1;
    case 'string':
      return Math.sign(compareOrdinal(comparableQualifier(a.value), comparableQualifier(b.value)));
    case 'combination': {
      const r = compareString(a, b.text);
      if (r !== 0) return r;
      return compareString(a, null) === 0 ? -compareItems(b.digits, null) : -1;
    }
    case 'list':
      return -compareList(b, a);
  }
}

function compareCombination(a: Extract<Item, { kind: 'combination' }>, b: Item | null): number {
  if (b === null) {
    const r = compareString(a.text, null);
    return r === 0 ? compareItems(a.digits, null) : r;
  }
  switch (b.kind) {
    case 'int':
      return -1;
    case 'string': {
      const r = compareString(a.text, b);
      if (r !== 0) return r;
      return compareString(a.text, null) === 0 ? compareItems(a.digits, null) : 1;
    }
    case 'list':
      return -compareList(b, a);
    case 'combination': {
      const r = compareString(a.text, b.text);
      return r !== 0 ? r : compareItems(a.digits, b.digits);
    }
  }
}

function compareList(a: ListItem, b: Item | null): number {
  if (b === null) {
    for (const item of a.items) {
      const r = compareItems(item, null);
      if (r !== 0) return r;
    }
    return 0;
  }
  switch (b.kind) {
    case 'int':
      return -1;
    case 'string':
    case 'combination': {
      let r = a.items.length === 0 ? -compareItems(b, null) : compareItems(a.items[0], b);
      for (let i = 1; r === 0 && i < a.items.length; i++) r = compareItems(a.items[i], null);
      return r;
    }
    case 'list': {
      const n = Math.max(a.items.length, b.items.length);
      for (let i = 0; i < n; i++) {
        const l = a.items[i];
        const r = b.items[i];
        const result = l === undefined ? (r === undefined ? 0 : -compareItems(r, null)) : compareItems(l, r ?? null);
        if (result !== 0) return result;
      }
      return 0;
    }
  }
}
