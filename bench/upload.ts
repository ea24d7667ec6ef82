// Evidence upload throughput and server memory, against a running production server.
//
//   npm run bench:upload -- --token <API token> --submission <draft submission id> \
//     [--url http://localhost:3000] [--server-pid <pid>] [--size-mib 1024] [--file /tmp/x.bin] [--no-download]
//     [--client node|curl]
//
// Compares streaming a file through POST /api/v1/submissions/{id}/evidence with `cp` + fsync of the
// same file (the server fsyncs too), samples the server's RSS from /proc/<pid>/status while the
// upload runs, and checks the SHA-256 the server answers (and, unless --no-download, the bytes it
// serves back). Prints one JSON line: {cpMBps, uploadMBps, ratio, rssGrowthMB, digestOk, …}.
// `--client curl` uploads with `curl -T` instead of fetch, to tell client overhead from server cost.
// Expect ratio well under 1 on a busy 2-core box (client and server share the CPUs and both hash);
// rssGrowthMB should stay in the tens of MB however large the file: the body is streamed, never buffered.
//
// Getting the inputs (the embedded database allows one process at a time: run the CLI while the
// portal is stopped, or use DATABASE_URL):
//   npm run cli -- demo seed                                    # once, on an empty database
//   npm run cli -- token create --email vendor@nordwave.example # prints the token once
//   npm start                                                   # production build and server
//   curl -H "Authorization: Bearer $TOKEN" 'http://localhost:3000/api/v1/submissions?state=draft'
//     → an `id` of a draft owned by that vendor (or create one: POST /api/v1/submissions)
//   pgrep -f next-server                                        # → --server-pid (the Next server process)
//
// Each run adds one evidence row; the blob is content-addressed, so re-runs with the same file
// store it once. The random file is kept and reused (delete it when done).
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomFillSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';

const MiB = 1024 * 1024;

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:3000' },
    token: { type: 'string' },
    submission: { type: 'string' },
    'server-pid': { type: 'string' },
    'size-mib': { type: 'string', default: '1024' },
    file: { type: 'string' },
    kind: { type: 'string', default: 'other' },
    'no-download': { type: 'boolean', default: false },
    client: { type: 'string', default: 'node' },
  },
});
if (!values.token || !values.submission) {
  console.error('Usage: npm run bench:upload -- --token <API token> --submission <draft id> [--url U] [--server-pid P] [--size-mib N]');
  process.exit(2);
}
const size = Number(values['size-mib']) * MiB;
const file = values.file ?? path.join(os.tmpdir(), `trustledger-bench-${values['size-mib']}MiB.bin`);
const serverPid = values['server-pid'] ? Number(values['server-pid']) : null;
const auth = { authorization: `Bearer ${values.token}` };

function ensureRandomFile(): boolean {
  if (fs.existsSync(file) && fs.statSync(file).size === size) return false;
  const chunk = Buffer.alloc(16 * MiB);
  const fd = fs.openSync(file, 'w', 0o600);
  try {
    for (let written = 0; written < size; ) {
      const n = Math.min(chunk.length, size - written);
      randomFillSync(chunk, 0, n);
      fs.writeSync(fd, chunk, 0, n);
      written += n;
    }
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

async function sha256OfFile(): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 4 * MiB })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function timed<T>(run: () => T): { value: T; seconds: number } {
  const started = performance.now();
  const value = run();
  return { value, seconds: (performance.now() - started) / 1000 };
}

async function timedAsync<T>(run: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  const value = await run();
  return { value, seconds: (performance.now() - started) / 1000 };
}

function copySeconds(withSync: boolean): number {
  const target = `${file}.cp`;
  try {
    return timed(() => {
      const cp = spawnSync('cp', [file, target]);
      if (cp.status !== 0) throw new Error(`cp failed: ${cp.stderr}`);
      if (withSync) spawnSync('sync', [target]);
    }).seconds;
  } finally {
    fs.rmSync(target, { force: true });
  }
}

function rssMB(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

function sampleRss(pid: number | null) {
  let peak = pid ? (rssMB(pid) ?? 0) : 0;
  const timer = pid ? setInterval(() => (peak = Math.max(peak, rssMB(pid) ?? 0)), 25) : null;
  return {
    stop: () => {
      if (timer) clearInterval(timer);
      return peak;
    },
  };
}

async function upload(sha256: string) {
  const query = new URLSearchParams({ kind: values.kind!, filename: path.basename(file) });
  const url = `${values.url}/api/v1/submissions/${values.submission}/evidence?${query}`;
  const digest = `sha-256=:${Buffer.from(sha256, 'hex').toString('base64')}:`;
  if (values.client === 'curl') return uploadWithCurl(url, digest);
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      ...auth,
      'content-type': 'application/octet-stream',
      'content-length': String(size),
      'content-digest': digest,
    },
    body: Readable.toWeb(fs.createReadStream(file, { highWaterMark: MiB })) as ReadableStream<Uint8Array>,
    duplex: 'half',
  } as RequestInit);
  const text = await response.text();
  if (response.status !== 201) throw new Error(`Upload answered ${response.status}: ${text}`);
  return JSON.parse(text) as { id: string; sha256: string; size: number };
}

async function uploadWithCurl(url: string, digest: string) {
  const curl = spawn('curl', ['-sS', '-X', 'POST', '-T', file, '-H', `authorization: ${auth.authorization}`, '-H', `content-digest: ${digest}`,
    '-H', 'content-type: application/octet-stream', '-w', '\n%{http_code}', url]);
  let output = '';
  curl.stdout.on('data', (chunk: Buffer) => (output += chunk));
  curl.stderr.pipe(process.stderr);
  await new Promise((resolve, reject) => curl.on('close', resolve).on('error', reject));
  const status = output.slice(output.lastIndexOf('\n') + 1);
  const text = output.slice(0, output.lastIndexOf('\n'));
  if (status !== '201') throw new Error(`Upload answered ${status}: ${text}`);
  return JSON.parse(text) as { id: string; sha256: string; size: number };
}

async function download(evidenceId: string) {
  const response = await fetch(`${values.url}/api/v1/evidence/${evidenceId}/content`, { headers: auth });
  if (response.status !== 200 || !response.body) throw new Error(`Download answered ${response.status}`);
  const hash = createHash('sha256');
  let bytes = 0;
  const reader = response.body.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    hash.update(next.value);
    bytes += next.value.byteLength;
  }
  return { sha256: hash.digest('hex'), bytes, header: response.headers.get('content-digest') };
}

const mbps = (seconds: number) => Math.round((size / MiB / seconds) * 10) / 10;
const round = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

const created = timed(ensureRandomFile);
const hashed = await timedAsync(sha256OfFile);
const cpSeconds = copySeconds(true);
const cpNoSyncSeconds = copySeconds(false);

const rssBefore = serverPid ? rssMB(serverPid) : null;
const sampler = sampleRss(serverPid);
const uploaded = await timedAsync(() => upload(hashed.value));
const rssPeak = sampler.stop();
await new Promise((resolve) => setTimeout(resolve, 1000));
const rssAfter = serverPid ? rssMB(serverPid) : null;

const downloaded = values['no-download'] ? null : await timedAsync(() => download(uploaded.value.id));

console.log(
  JSON.stringify({
    bench: 'upload',
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    sizeMiB: size / MiB,
    client: values.client,
    fileCreated: created.value,
    hashMBps: mbps(hashed.seconds),
    cpMBps: mbps(cpSeconds),
    cpNoSyncMBps: mbps(cpNoSyncSeconds),
    uploadMBps: mbps(uploaded.seconds),
    ratio: Math.round((cpSeconds / uploaded.seconds) * 100) / 100,
    rssBeforeMB: round(rssBefore),
    rssPeakMB: serverPid ? round(rssPeak) : null,
    rssAfterMB: round(rssAfter),
    rssGrowthMB: rssBefore === null ? null : round(rssPeak - rssBefore),
    digestOk: uploaded.value.sha256 === hashed.value && uploaded.value.size === size,
    downloadMBps: downloaded ? mbps(downloaded.seconds) : null,
    downloadDigestOk: downloaded ? downloaded.value.sha256 === hashed.value && downloaded.value.bytes === size : null,
    evidenceId: uploaded.value.id,
  }),
);
