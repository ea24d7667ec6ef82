import { parseArgs } from 'node:util';
import { commands, usage } from './commands';
import { isDatabaseUnavailable } from '@/lib/runtime/database-errors';

async function main(argv: string[]): Promise<number> {
  const [group, sub, ...rest] = argv;
  const key = sub && !sub.startsWith('-') ? `${group} ${sub}` : group;
  const command = commands[key ?? ''];
  if (!command || argv.includes('--help') || argv.includes('-h')) {
    console.log(usage());
    return command || !group ? 0 : 64;
  }
  const args = key === group ? argv.slice(1) : rest;
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({ args, options: command.options, strict: true, allowPositionals: false }).values as typeof values;
  } catch (error) {
    console.error(`${(error as Error).message}\n\nUsage: npm run cli -- ${command.usage}`);
    return 64;
  }
  return command.run(values);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    if (isDatabaseUnavailable(error)) {
      const e = ((error as { cause?: unknown }).cause ?? error) as { code?: string; message?: string };
      const reason = [e.code, e.message].filter(Boolean).join(' ');
      console.error(`Error: the database is not reachable (${reason}). Check DATABASE_URL and that PostgreSQL runs, then try again.`);
      process.exit(69); // EX_UNAVAILABLE
    }
    const status = (error as { status?: number }).status;
    console.error(`Error: ${(error as Error).message}`);
    if (!status) console.error((error as Error).stack);
    process.exit(status ? 1 : 70);
  },
);
