const rules: Array<[RegExp, (m: RegExpMatchArray) => string]> = [
  [/^Too small: expected string to have >=1 characters?$/, () => 'This field is required.'],
  [/^Too small: expected string to have >=(\d+) characters$/, (m) => `Use at least ${m[1]} characters.`],
  [/^Too big: expected string to have <=(\d+) characters$/, (m) => `Use at most ${m[1]} characters.`],
  [/^Too small: expected array to have >=1 items?$/, () => 'Enter at least one.'],
  [/^Invalid option: expected one of /, () => 'Choose one of the options.'],
  [/^Invalid input: expected \w+, received undefined$/, () => 'This field is required.'],
  [/^Invalid UUID$/, () => 'Choose one of the options.'],
  [/^Invalid email address$/, () => 'Enter an email address, like name@example.org.'],
  [/^Invalid ISO date$/, () => 'Enter a date.'],
  [/^validUntil must be after validFrom$/, () => 'Must be after the “valid from” date.'],
];

/** Zod's default messages, reworded for people; messages the schemas wrote themselves pass through. */
export function humanizeMessage(message: string): string {
  for (const [pattern, rewrite] of rules) {
    const match = message.match(pattern);
    if (match) return rewrite(match);
  }
  return message;
}
