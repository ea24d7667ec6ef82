// Run by `npm install` (postinstall). Mends two defects of postgres.js 3.4.x (porsager/postgres
// issues #1066, #1154, #1208; fixes proposed in PRs #1168, #1209, unreleased as of 3.4.10) that leave a pooled
// connection unusable after PostgreSQL restarts or ends a backend (reproduced: a backend ended
// with pg_terminate_backend inside a transaction, or any restart that catches a query in flight):
//  0. closed() rejects the query in flight but keeps it, and the server's last error (57P01 on a
//     shutdown), as the connection's current query: when the connection reconnects, the first
//     ReadyForQuery of the new session "finishes" that old query with the old error, rejecting the
//     query that was waiting for the reconnect with 57P01 and skipping the step that hands the
//     connection back to the pool, so every later query routed to it hangs. Now closed() clears them.
//  1. closed() and terminate() cancel the pending write (clearImmediate) but keep the handle and the
//     unsent bytes: the connection's next write never schedules a flush, so its reconnect sends no
//     startup message and every query routed to it hangs (measured: forever, connect_timeout or not).
//  2. A transaction's connection that died still takes its ROLLBACK: the write lands in the
//     buffer of the closed connection (rejecting the next query routed to it once it reconnects), or
//     nextWrite() dereferences the null socket (an uncaught TypeError). Now a query executed on a
//     closed connection is rejected at once (CONNECTION_CLOSED), and a write finding no socket is dropped.
// Exact-text replacements; fails loudly when the text is neither original nor patched (a new version).
import fs from 'node:fs';
import path from 'node:path';

const root = path.join(process.cwd(), 'node_modules', 'postgres');
const MARK = '/* trustledger: patched */';
const replacements = [
  [
    '  function nextWrite(fn) {\n    const x = socket.write(chunk, fn)',
    `  function nextWrite(fn) { ${MARK}\n    if (!socket) {\n      chunk = nextWriteTimer = null\n      return false\n    }\n    const x = socket.write(chunk, fn)`,
  ],
  [
    '  function execute(q) {\n    if (terminated)',
    "  function execute(q) {\n    if (!socket)\n      return (queryError(q, Errors.connection('CONNECTION_CLOSED', options)), true)\n\n    if (terminated)",
  ],
  ['    terminated = true\n    if (stream || query || initial || sent.length)', '    terminated = true\n    chunk = null\n    if (stream || query || initial || sent.length)'],
  ['    clearImmediate(nextWriteTimer)\n    if (socket) {', '    clearImmediate(nextWriteTimer)\n    nextWriteTimer = null\n    if (socket) {'],
  ['    incomings = null\n    clearImmediate(nextWriteTimer)\n    socket.removeListener', '    incomings = null\n    clearImmediate(nextWriteTimer)\n    chunk = nextWriteTimer = null\n    socket.removeListener'],
  [
    "    !hadError && (query || sent.length) && error(Errors.connection('CONNECTION_CLOSED', options, socket))\n",
    "    !hadError && (query || sent.length) && error(Errors.connection('CONNECTION_CLOSED', options, socket))\n    query = results = errorResponse = null\n    result = new Result()\n",
  ],
];

if (!fs.existsSync(root)) process.exit(0);
const version = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version;
for (const dir of ['src', 'cjs/src', 'cf/src']) {
  const file = path.join(root, dir, 'connection.js');
  if (!fs.existsSync(file)) continue;
  let text = fs.readFileSync(file, 'utf8');
  if (text.includes(MARK)) continue;
  for (const [from, to] of replacements) {
    if (!text.includes(from)) {
      console.error(`scripts/patch-postgres.mjs: postgres ${version} ${dir}/connection.js does not contain the expected text; check whether the defects are fixed upstream and update or drop this patch.`);
      process.exit(1);
    }
    text = text.replace(from, to);
  }
  fs.writeFileSync(file, text);
}
