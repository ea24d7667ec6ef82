import type { ParseArgsConfig } from 'node:util';

type Values = Record<string, string | boolean | undefined>;

/** One CLI command: how it is called, what it does, its options, and what it runs (the exit code). */
export type Command = {
  usage: string;
  summary: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run: (values: Values) => Promise<number>;
};
