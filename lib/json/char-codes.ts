/** Character codes of JSON's structural and number characters, for scanners that read a text or its bytes one code at a time. */
export const JSON_CHAR = {
  openBrace: 0x7b,
  closeBrace: 0x7d,
  openBracket: 0x5b,
  closeBracket: 0x5d,
  quote: 0x22,
  backslash: 0x5c,
  comma: 0x2c,
  colon: 0x3a,
  minus: 0x2d,
  dot: 0x2e,
  zero: 0x30,
  nine: 0x39,
  lowerE: 0x65,
  upperE: 0x45,
  /** The first printable ASCII character (space); below it are control characters. */
  firstPrintable: 0x20,
  /** The last printable ASCII character (`~`). */
  lastPrintable: 0x7e,
} as const;
