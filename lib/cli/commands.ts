import type { Command } from './command';
import { withDatabase } from './with-database';
import { findOrganizationByName } from '@/db/queries/organizations';
import { runExpiryJob } from '@/lib/certificates/expiry-job';
import { unsafeAccreditLab } from '@/lib/organizations/commands/accredit-lab';
import { unsafeCreateOrganization } from '@/lib/organizations/commands/create-organization';
import { unsafeCreateUser } from '@/lib/users/commands/create-member';
import { unsafeCreateApiTokenForEmail } from '@/lib/api-tokens/commands/create-api-token';
import { seedDemo, demoSignInLines } from '@/lib/demo/seed-demo';
import { notFound } from '@/lib/errors';
import { getDb } from '@/lib/db';
import { generatePassword } from './generate-password';
import { logCommands } from './log-commands';
import { evidenceCommands } from './evidence-commands';
import { advisoryCommands } from './advisory-commands';
import { componentCommands } from './component-commands';

type Values = Parameters<Command['run']>[0];

const str = (v: Values, name: string) => {
  const value = v[name];
  if (typeof value !== 'string' || !value.trim()) throw Object.assign(new Error(`--${name} is required`), { status: 400 });
  return value.trim();
};
const opt = (v: Values, name: string) => (typeof v[name] === 'string' ? (v[name] as string).trim() : undefined);

async function orgIdByName(name: string) {
  const org = await findOrganizationByName(await getDb(), name);
  if (!org) throw notFound(`Organisation "${name}"`);
  return org;
}

export const commands: Record<string, Command> = {
  'org create': {
    usage: 'org create --name N --kind vendor|lab|regulator|operator [--country CC] [--group G]',
    summary: 'create an organisation',
    options: { name: { type: 'string' }, kind: { type: 'string' }, country: { type: 'string' }, group: { type: 'string' } },
    run: (v) =>
      withDatabase(async () => {
        const org = await unsafeCreateOrganization({
          name: str(v, 'name'),
          kind: str(v, 'kind') as never,
          country: opt(v, 'country'),
          group: opt(v, 'group'),
        });
        console.log(`Created ${org.kind} organisation "${org.name}" (${org.id}).`);
        return 0;
      }),
  },
  'user create': {
    usage: 'user create --email E --org N [--name NAME] [--admin] [--platform-admin] [--password P]',
    summary: 'create a user in an organisation (prints a generated password when none is given)',
    options: {
      email: { type: 'string' },
      org: { type: 'string' },
      name: { type: 'string' },
      admin: { type: 'boolean' },
      'platform-admin': { type: 'boolean' },
      password: { type: 'string' },
    },
    run: (v) =>
      withDatabase(async () => {
        const org = await orgIdByName(str(v, 'org'));
        const password = opt(v, 'password') ?? generatePassword();
        const email = str(v, 'email');
        const user = await unsafeCreateUser(org.id, {
          email,
          name: opt(v, 'name') ?? email.split('@')[0],
          password,
          role: v.admin ? 'admin' : 'member',
          isPlatformAdmin: Boolean(v['platform-admin']),
        });
        console.log(`Created ${user.role} ${user.email} in "${org.name}" (${user.id}).`);
        if (!opt(v, 'password')) console.log(`Password (shown once): ${password}`);
        return 0;
      }),
  },
  'token create': {
    usage: 'token create --email E [--name N]',
    summary: 'create a personal API token for a user and print it once',
    options: { email: { type: 'string' }, name: { type: 'string' } },
    run: (v) =>
      withDatabase(async () => {
        const token = await unsafeCreateApiTokenForEmail(str(v, 'email'), opt(v, 'name') ?? 'cli');
        console.error(`API token "${token.name}" for ${str(v, 'email')} (shown once; store it safely):`);
        console.log(token.token);
        return 0;
      }),
  },
  'lab accredit': {
    usage: 'lab accredit --org N --body B --scope gNB,AMF --until 2028-01-01 [--from YYYY-MM-DD] [--standard S]',
    summary: 'record a lab accreditation',
    options: {
      org: { type: 'string' },
      body: { type: 'string' },
      scope: { type: 'string' },
      until: { type: 'string' },
      from: { type: 'string' },
      standard: { type: 'string' },
    },
    run: (v) =>
      withDatabase(async () => {
        const org = await orgIdByName(str(v, 'org'));
        const a = await unsafeAccreditLab({
          labOrgId: org.id,
          body: str(v, 'body'),
          standard: opt(v, 'standard') ?? 'ISO/IEC 17025',
          scope: str(v, 'scope').split(',').map((s) => s.trim()).filter(Boolean),
          validFrom: opt(v, 'from') ?? new Date().toISOString().slice(0, 10),
          validUntil: str(v, 'until'),
        });
        console.log(`Accredited "${org.name}" by ${a.body} for ${a.scope.join(', ')} until ${a.validUntil}.`);
        return 0;
      }),
  },
  'demo seed': {
    usage: 'demo seed',
    summary: 'fill an empty database with the fictional demo organisations and users',
    options: {},
    run: () =>
      withDatabase(async () => {
        await seedDemo();
        console.log(['Demo data created. Sign in with:', ...demoSignInLines()].join('\n'));
        return 0;
      }),
  },
  'certificates expire': {
    usage: 'certificates expire',
    summary: 'log the expiry of every certificate past its date (what the portal does every 10 minutes) and send expiry warnings',
    options: {},
    run: () =>
      withDatabase(async () => {
        const result = await runExpiryJob();
        for (const e of result.expired) console.log(`Logged the expiry of certificate ${e.certificateId} (log #${e.logIndex}).`);
        console.log(`${result.expired.length} expiries logged, ${result.warningsSent} expiry warnings sent.`);
        return 0;
      }),
  },
  ...logCommands,
  ...evidenceCommands,
  ...advisoryCommands,
  ...componentCommands,
};

export function usage(): string {
  const lines = Object.values(commands).map((c) => `  ${c.usage}\n      ${c.summary}`);
  return [
    'Trustledger command line — works on the configured database',
    '(DATABASE_URL, or the embedded database in DATA_DIR while the portal is stopped).',
    '',
    'Usage: npm run cli -- <command> [options]',
    '',
    ...lines,
  ].join('\n');
}
