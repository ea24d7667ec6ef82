import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { formatLogPrivateKey, generateLogKey } from '@/lib/log/log-key';

const root = path.resolve(import.meta.dirname, '../../..');

/** Why the real portal cannot be started from this checkout, or null. */
export function portalBuildMissing(): string | null {
  return fs.existsSync(path.join(root, '.next', 'BUILD_ID')) ? null : 'no production build: run `npx next build` first';
}

export type PortalServer = {
  baseUrl: string;
  env: NodeJS.ProcessEnv;
  /** The server's console output so far (for failure messages). */
  output: () => string;
  stop: () => Promise<void>;
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The environment a portal on `databaseUrl` runs with: its own data directory, session secret and log key. */
export function portalEnv(databaseUrl: string, port: number): NodeJS.ProcessEnv {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trustledger-faults-data-'));
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  void _ignored;
  return {
    ...inherited,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_MAX: '10',
    DATA_DIR: dataDir,
    PORT: String(port),
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    NEXTAUTH_SECRET: crypto.randomBytes(32).toString('base64url'),
    LOG_SIGNING_KEY: formatLogPrivateKey(`127.0.0.1:${port}/log`, generateLogKey().seed),
  };
}

/** `next start` of this checkout's production build (the real portal, instrumentation and proxy included). */
export async function startPortalServer(databaseUrl: string): Promise<PortalServer> {
  const port = await freePort();
  const env = portalEnv(databaseUrl, port);
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1', '--keepAliveTimeout', '600000'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${output}`);
    const listening = await fetch(`${baseUrl}/api/health`).then(
      () => true,
      () => false,
    );
    if (listening) break;
    if (Date.now() > deadline) throw new Error(`next start did not listen within 60 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    baseUrl,
    env,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      fs.rmSync(env.DATA_DIR!, { recursive: true, force: true });
    },
  };
}

/** `npm run cli -- …` against the portal's database; returns stdout, throws with stderr on a non-zero exit. */
export function runCli(env: NodeJS.ProcessEnv, args: string[]): { stdout: string; stderr: string; status: number } {
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), '--conditions=react-server', 'lib/cli/main.ts', ...args], {
    cwd: root,
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status ?? -1 };
}
