import path from 'node:path';
import { z } from 'zod';
import { parseTrustedProxies } from '@/lib/http/trusted-proxies';

const configSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  DATA_DIR: z.string().default('./.data'),
  NEXTAUTH_SECRET: z.string().min(32).optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  LOG_ORIGIN: z.string().min(1).optional(),
  LOG_KEY_NAME: z.string().min(1).optional(),
  LOG_SIGNING_KEY: z.string().min(1).optional(),
  MAX_UPLOAD_BYTES: z.coerce.number().int().positive().default(2 * 1024 ** 3),
  CERTIFICATE_VALIDITY_MONTHS: z.coerce.number().int().min(1).max(120).default(24),
  CONCENTRATION_THRESHOLD: z.coerce.number().gt(0).lt(1).default(0.5),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(30),
  LOGIN_THROTTLE_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((value, context) => {
      const parsed = parseTrustedProxies(value);
      if (parsed.ok) return parsed.entries;
      context.addIssue({ code: 'custom', message: parsed.message });
      return z.NEVER;
    }),
});

export type Config = {
  databaseUrl: string | undefined;
  databasePoolMax: number;
  dataDir: string;
  isEmbedded: boolean;
  authSecret: string | undefined;
  siteUrl: string;
  logOrigin: string;
  logKeyName: string;
  logSigningKey: string | undefined;
  maxUploadBytes: number;
  certificateValidityMonths: number;
  concentrationThreshold: number;
  login: { maxFailuresPerAccount: number; maxFailuresPerAddress: number; windowMinutes: number };
  /** Addresses and CIDR ranges (normalised) of the reverse proxies whose X-Forwarded-For is believed. */
  trustedProxies: readonly string[];
};

/** Reads configuration from the environment once; invalid values fail loudly at start. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const siteUrl = e.NEXTAUTH_URL ?? `http://localhost:${env.PORT ?? 3000}`;
  const host = new URL(siteUrl).host;
  const logOrigin = e.LOG_ORIGIN ?? `${host}/log`;
  return {
    databaseUrl: e.DATABASE_URL,
    databasePoolMax: e.DATABASE_POOL_MAX,
    dataDir: path.resolve(e.DATA_DIR),
    isEmbedded: !e.DATABASE_URL,
    authSecret: e.NEXTAUTH_SECRET,
    siteUrl,
    logOrigin,
    logKeyName: e.LOG_KEY_NAME ?? logOrigin,
    logSigningKey: e.LOG_SIGNING_KEY,
    maxUploadBytes: e.MAX_UPLOAD_BYTES,
    certificateValidityMonths: e.CERTIFICATE_VALIDITY_MONTHS,
    concentrationThreshold: e.CONCENTRATION_THRESHOLD,
    login: {
      maxFailuresPerAccount: e.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      maxFailuresPerAddress: e.LOGIN_MAX_FAILURES_PER_ADDRESS,
      windowMinutes: e.LOGIN_THROTTLE_WINDOW_MINUTES,
    },
    trustedProxies: e.TRUSTED_PROXIES,
  };
}

let cached: Config | undefined;

export function config(): Config {
  cached ??= readConfig();
  return cached;
}
