// `npm start`: serves the portal. Without DATABASE_URL it runs on the embedded default
// (PGlite and evidence files in DATA_DIR, secrets and log key made there on first start).
import { spawnSync, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const port = env.PORT ?? '3000';
const dataDir = path.resolve(env.DATA_DIR ?? './.data');
env.DATA_DIR = dataDir;
env.NEXTAUTH_URL ??= `http://localhost:${port}`;

if (!env.NEXTAUTH_SECRET) {
  if (env.DATABASE_URL) {
    console.error('NEXTAUTH_SECRET must be set (32+ random characters) when DATABASE_URL is used.');
    process.exit(1);
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'auth-secret');
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString('base64url') + '\n', { mode: 0o600 });
  env.NEXTAUTH_SECRET = fs.readFileSync(file, 'utf8').trim();
}

function newestSourceTime() {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  for (const dir of ['app', 'lib', 'db']) if (fs.existsSync(dir)) walk(dir);
  for (const file of ['next.config.mjs', 'package-lock.json']) if (fs.existsSync(file)) newest = Math.max(newest, fs.statSync(file).mtimeMs);
  return newest;
}

const buildId = path.join('.next', 'BUILD_ID');
const needsBuild = process.argv.includes('--build') || !fs.existsSync(buildId) || fs.statSync(buildId).mtimeMs < newestSourceTime();
if (needsBuild) {
  console.log('Building the portal (next build)…');
  const build = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', port, ...(env.HOST ? ['-H', env.HOST] : [])], {
  stdio: 'inherit',
  env,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
