import 'server-only';
export type BareItem =
  | { type: 'integer' | 'decimal' | 'date'; value: number }
  | { type: 'string' | 'token'; value: string }
  | { type: 'bytes'; value: Buffer }
  | { type: 'boolean'; value: boolean };

export type Parameters = Map<string, BareItem>;
export type Item = { item: BareItem; params: Parameters };
export type InnerList = { items: Item[]; params: Parameters };
export type DictionaryMember = Item | InnerList;

/** Thrown by `parseDictionary` for a field value that is not a valid Dictionary. */
export class StructuredFieldSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StructuredFieldSyntaxError';
  }
}

const KEY_START = /[a-z*]/;
const KEY_CHAR = /[a-z0-9_\-.*]/;
const TOKEN_START = /[A-Za-z*]/;
const TOKEN_CHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z:/]/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Parses an HTTP structured-field Dictionary (RFC 9651, formerly RFC 8941),
 * strictly: any syntax error fails the whole field, as the RFC requires.
 * `entries` keeps every member in order, including repeated keys (where the
 * RFC says the last one wins), so callers that must not accept ambiguity can
 * see it. Display strings are not supported and fail.
 */
export function parseDictionary(input: string): Array<[key: string, member: DictionaryMember]> {
  const parser = new Parser(input.replace(/^ +| +$/g, ''));
  const entries: Array<[string, DictionaryMember]> = [];
  while (!parser.isAtEnd()) {
    const key = parser.parseKey();
    let member: DictionaryMember;
    if (parser.peek() === '=') {
      parser.advance();
      member = parser.parseItemOrInnerList();
    } else {
      member = { item: { type: 'boolean', value: true }, params: parser.parseParameters() };
    }
    entries.push([key, member]);
    parser.skipOptionalWhitespace();
    if (parser.isAtEnd()) break;
    parser.expect(',');
    parser.skipOptionalWhitespace();
    if (parser.isAtEnd()) parser.fail('trailing comma');
  }
  return entries;
}

class Parser {
  private index = 0;

  constructor(private readonly input: string) {}

  isAtEnd(): boolean {
    return this.index >= this.input.length;
  }

  peek(): string {
    return this.input[this.index] ?? '';
  }

  advance(): string {
    return this.input[this.index++] ?? '';
  }

  expect(char: string): void {
    if (this.advance() !== char) this.fail(`expected "${char}"`);
  }

  fail(reason: string): never {
    throw new StructuredFieldSyntaxError(`${reason} at position ${this.index}`);
  }

  skipSpaces(): void {
    while (this.peek() === ' ') this.index++;
  }

  skipOptionalWhitespace(): void {
    while (this.peek() === ' ' || this.peek() === '\t') this.index++;
  }

  parseKey(): string {
    if (!KEY_START.test(this.peek())) this.fail('expected a key (lowercase letter or "*")');
    let key = this.advance();
    while (KEY_CHAR.test(this.peek())) key += this.advance();
    return key;
  }

  parseItemOrInnerList(): DictionaryMember {
    if (this.peek() === '(') return this.parseInnerList();
    return { item: this.parseBareItem(), params: this.parseParameters() };
  }

  parseInnerList(): InnerList {
    this.expect('(');
    const items: Item[] = [];
    for (;;) {
      this.skipSpaces();
      if (this.peek() === ')') {
        this.advance();
        return { items, params: this.parseParameters() };
      }
      items.push({ item: this.parseBareItem(), params: this.parseParameters() });
      if (this.peek() !== ' ' && this.peek() !== ')') this.fail('expected " " or ")" in inner list');
    }
  }

  parseParameters(): Parameters {
    const params: Parameters = new Map();
    while (this.peek() === ';') {
      this.advance();
      this.skipSpaces();
      const key = this.parseKey();
      let value: BareItem = { type: 'boolean', value: true };
      if (this.peek() === '=') {
        this.advance();
        value = this.parseBareItem();
      }
      params.set(key, value);
    }
    return params;
  }

  parseBareItem(): BareItem {
    const char = this.peek();
    if (char === '-' || /[0-9]/.test(char)) return this.parseNumber();
    if (char === '"') return { type: 'string', value: this.parseString() };
    if (char === ':') return { type: 'bytes', value: this.parseBytes() };
    if (char === '?') return { type: 'boolean', value: this.parseBoolean() };
    if (char === '@') {
      this.advance();
      const number = this.parseNumber();
      if (number.type !== 'integer') this.fail('a date must be an integer');
      return { type: 'date', value: number.value };
    }
    if (TOKEN_START.test(char)) return { type: 'token', value: this.parseToken() };
    return this.fail('expected an item');
  }

  private parseNumber(): { type: 'integer' | 'decimal'; value: number } {
    const match = /^-?(?:[0-9]{1,15}(?![0-9.])|[0-9]{1,12}\.[0-9]{1,3}(?![0-9.]))/.exec(this.input.slice(this.index));
    if (!match) this.fail('invalid number');
    this.index += match[0].length;
    return { type: match[0].includes('.') ? 'decimal' : 'integer', value: Number(match[0]) };
  }

  private parseString(): string {
    this.expect('"');
    let value = '';
    for (;;) {
      if (this.isAtEnd()) this.fail('unterminated string');
      const char = this.advance();
      if (char === '"') return value;
      if (char === '\\') {
        const escaped = this.advance();
        if (escaped !== '"' && escaped !== '\\') this.fail('invalid escape in string');
        value += escaped;
      } else if (char < ' ' || char > '~') {
        this.fail('invalid character in string');
      } else {
        value += char;
      }
    }
  }

  private parseBytes(): Buffer {
    this.expect(':');
    const end = this.input.indexOf(':', this.index);
    if (end < 0) this.fail('unterminated byte sequence');
    const base64 = this.input.slice(this.index, end);
    if (!BASE64.test(base64)) this.fail('invalid base64 in byte sequence');
    this.index = end + 1;
    return Buffer.from(base64, 'base64');
  }

  private parseBoolean(): boolean {
    this.expect('?');
    const char = this.advance();
    if (char === '1') return true;
    if (char === '0') return false;
    return this.fail('invalid boolean');
  }

  private parseToken(): string {
    let token = this.advance();
    while (TOKEN_CHAR.test(this.peek())) token += this.advance();
    return token;
  }
}
