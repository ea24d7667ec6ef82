import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * A throwaway PostgreSQL cluster of the fault tests' own (initdb in a temporary directory, its own
 * port): the tests stop, crash and restart it, never the shared server. As root the cluster runs as
 * the `postgres` user (PostgreSQL refuses to run as root); otherwise as the current user.
 */
export type PrivatePostgres = {
  port: number;
  /** Connection string of database `name` on this cluster (user postgres, trust authentication). */
  url: (name?: string) => string;
  start: () => void;
  /** `pg_ctl stop -m immediate`: the postmaster and every backend exit at once (crash recovery on the next start). */
  crash: () => void;
  stop: () => void;
  /** `pg_ctl restart -m immediate`. */
  restartImmediate: () => void;
  isRunning: () => boolean;
  destroy: () => void;
};

/** The newest `initdb` of a Debian-style install (/usr/lib/postgresql/N/bin), or of PG_BIN. */
export function findPostgresBin(): string | null {
  const candidates: string[] = [];
  if (process.env.PG_BIN) candidates.push(process.env.PG_BIN);
  const root = '/usr/lib/postgresql';
  if (fs.existsSync(root)) {
    const versions = fs.readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => path.join(root, v, 'bin')));
  }
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'initdb')) && fs.existsSync(path.join(dir, 'pg_ctl'))) ?? null;
}

const isRoot = () => process.getuid?.() === 0;

/** Why the fault tests cannot run here, or null when they can. */
export function privatePostgresUnavailable(): string | null {
  if (process.platform === 'win32') return 'fault tests need a POSIX system';
  if (!findPostgresBin()) return 'no initdb found (install PostgreSQL server binaries, e.g. apt-get install postgresql, or set PG_BIN)';
  if (isRoot() && spawnSync('id', ['-u', 'postgres']).status !== 0) return 'running as root but there is no "postgres" user to run the cluster as';
  return null;
}

async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 55433 + Math.floor(Math.random() * 500);
    const free = await new Promise<boolean>((resolve) => {
      const server = net.createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('no free port for the private PostgreSQL cluster');
}

export async function createPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = findPostgresBin()!;
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trustledger-faults-pg-'));
  const dataDir = path.join(dir, 'data');
  const logFile = path.join(dir, 'server.log');
  if (isRoot()) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    fs.chownSync(dir, uid, gid);
  }
  const run = (tool: string, args: string[], allowFailure = false) => {
    const command = [path.join(bin, tool), ...args];
    const result = isRoot()
      ? spawnSync('runuser', ['-u', 'postgres', '--', ...command], { encoding: 'utf8' })
      : spawnSync(command[0], command.slice(1), { encoding: 'utf8' });
    if (result.status !== 0 && !allowFailure) {
      throw new Error(`${tool} ${args.join(' ')} failed (${result.status}): ${result.stderr}${fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').slice(-2000) : ''}`);
    }
    return result.status === 0;
  };
  run('initdb', ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=100`;
  const pgCtl = (...args: string[]) => run('pg_ctl', ['-D', dataDir, '-l', logFile, '-o', serverOptions, '-w', '-t', '60', ...args]);
  const isRunning = () => run('pg_ctl', ['-D', dataDir, 'status'], true);
  return {
    port,
    url: (name = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${name}`,
    start: () => void pgCtl('start'),
    crash: () => void pgCtl('stop', '-m', 'immediate'),
    stop: () => void pgCtl('stop', '-m', 'fast'),
    restartImmediate: () => void pgCtl('restart', '-m', 'immediate'),
    isRunning,
    destroy: () => {
      if (isRunning()) run('pg_ctl', ['-D', dataDir, 'stop', '-m', 'immediate', '-w'], true);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
