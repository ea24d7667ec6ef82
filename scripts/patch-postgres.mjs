// Run by `npm install` (postinstall). Mends defects of postgres.js 3.4.x that leave a pooled
// connection unusable, or let a dead transaction touch another one, after PostgreSQL restarts or
// ends a backend (reproduced with test/faults/database-recovery.test.ts: a backend ended with
// pg_terminate_backend inside a transaction, `pg_ctl restart -m immediate` and `stop -m immediate`
// under concurrent transactions). Upstream: porsager/postgres issues #1066, #1130, #1154, #1186,
// #1208, #1216; fixes proposed in PRs #1142, #1168, #1209, #1215, unreleased as of 3.4.10.
//
// connection.js (one Connection object is reused for every session of a pool slot, so anything a
// dead session leaves behind reaches the next one):
//  0. closed() rejects the query in flight but kept it, and the server's last error (57P01 on a
//     shutdown), as the connection's current query: the first ReadyForQuery of the new session
//     "finished" that old query with the old error, rejecting the query that was waiting for the
//     reconnect and skipping the step that hands the connection back to the pool. Now cleared.
//  1. closed() and terminate() cancel the pending write (clearImmediate) but kept the handle and the
//     unsent bytes: the next write never scheduled a flush, so the reconnect sent no startup message
//     and every query routed to the connection hung (forever, connect_timeout or not).
//  2. A query executed on a closed connection (a transaction's ROLLBACK after its backend died) is
//     rejected at once (CONNECTION_CLOSED), and a write finding no socket is dropped (nextWrite()
//     dereferenced the null socket: an uncaught TypeError).
//  3. THE HANG OF THE FAULT TESTS (#1130, #1142): when the socket fails with an error (ECONNRESET:
//     the usual way a terminated backend or a crashed server goes away), 'error' comes before
//     'close'. error() rejects the queries of that moment but leaves the rejected one as the current
//     query, so a query executed in between (the transaction's ROLLBACK, issued by the rejection)
//     is queued behind it in `sent`; closed(hadError = true) then rejected nothing, and that query
//     survived into the next session, where the pool's first query after the reconnect ran and the
//     ReadyForQuery after it made the stale ROLLBACK — never sent on this socket — the current
//     query: the connection waited for an answer that could not come, and every query routed to it
//     hung. Measured before: 6 of 10 runs of the recovery test hung. Now closed() rejects every
//     query of the lost session whatever the close reason (only where the socket is gone for sure:
//     clearing the query in errored() instead, as #1142 first did, breaks a live connection).
//
// index.js, sql.begin() (#1186, #1215, #1216):
//  4. When a transaction's connection closes, begin() rejects, but the callback keeps running and
//     its queries went to the same Connection object, which by then may have reconnected and serve
//     another request or transaction: a stale INSERT, COMMIT or ROLLBACK in someone else's session.
//     Queries queued inside the transaction never settled. Now the close is remembered by the
//     transaction: its queued queries are rejected and every later query through it (the automatic
//     ROLLBACK included) is rejected with the close error, never executed.
//
// Exact-text replacements, each applied once (its result already present: skipped); fails loudly
// when a file holds neither the original nor the patched text (a new version: check upstream).
import fs from 'node:fs';
import path from 'node:path';

const root = path.join(process.cwd(), 'node_modules', 'postgres');
const MARK = '/* trustledger: patched */';
const MARK_BEGIN = '/* trustledger: patched (begin) */';

/** `from` (the original text, or an earlier version of this patch) becomes `to`. */
const connectionReplacements = [
  {
    from: ['  function nextWrite(fn) {\n    const x = socket.write(chunk, fn)'],
    to: `  function nextWrite(fn) { ${MARK}\n    if (!socket) {\n      chunk = nextWriteTimer = null\n      return false\n    }\n    const x = socket.write(chunk, fn)`,
  },
  {
    from: ['  function execute(q) {\n    if (terminated)'],
    to: "  function execute(q) {\n    if (!socket)\n      return (queryError(q, Errors.connection('CONNECTION_CLOSED', options)), true)\n\n    if (terminated)",
  },
  {
    from: ['    terminated = true\n    if (stream || query || initial || sent.length)'],
    to: '    terminated = true\n    chunk = null\n    if (stream || query || initial || sent.length)',
  },
  {
    from: ['    clearImmediate(nextWriteTimer)\n    if (socket) {'],
    to: '    clearImmediate(nextWriteTimer)\n    nextWriteTimer = null\n    if (socket) {',
  },
  {
    from: ['    incomings = null\n    clearImmediate(nextWriteTimer)\n    socket.removeListener'],
    to: '    incomings = null\n    clearImmediate(nextWriteTimer)\n    chunk = nextWriteTimer = null\n    socket.removeListener',
  },
  {
    from: [
      "    !hadError && (query || sent.length) && error(Errors.connection('CONNECTION_CLOSED', options, socket))\n    query = results = errorResponse = null\n    result = new Result()\n",
      "    !hadError && (query || sent.length) && error(Errors.connection('CONNECTION_CLOSED', options, socket))\n",
    ],
    to: "    ;(query || sent.length) && error(Errors.connection('CONNECTION_CLOSED', options, socket)) // every query of the lost session\n    query = results = errorResponse = null\n    result = new Result()\n",
  },
];

const indexReplacements = [
  {
    from: ['      , connection\n      , prepare = null\n\n    try {'],
    to: `      , connection\n      , prepare = null\n      , closedError = null ${MARK_BEGIN}\n\n    try {`,
  },
  {
    from: ['        new Promise((_, reject) => connection.onclose = reject)\n'],
    to: '        new Promise((_, reject) => connection.onclose = e => {\n          closedError = e\n          while (queries.length)\n            queries.shift().reject(e)\n          reject(e)\n        })\n',
  },
  {
    from: ['        q.catch(e => uncaughtError || (uncaughtError = e))\n        c.queue === full'],
    to: '        q.catch(e => uncaughtError || (uncaughtError = e))\n        if (closedError)\n          return q.reject(closedError)\n        c.queue === full',
  },
];

if (!fs.existsSync(root)) process.exit(0);
const version = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version;

function patch(relative, replacements) {
  const file = path.join(root, relative);
  if (!fs.existsSync(file)) return;
  let text = fs.readFileSync(file, 'utf8');
  const original = text;
  for (const { from, to } of replacements) {
    if (text.includes(to)) continue;
    const found = from.find((candidate) => text.includes(candidate));
    if (!found) {
      console.error(`scripts/patch-postgres.mjs: postgres ${version} ${relative} does not contain the expected text; check whether the defects are fixed upstream and update or drop this patch.`);
      process.exit(1);
    }
    text = text.replace(found, to);
  }
  if (text !== original) fs.writeFileSync(file, text);
}

for (const dir of ['src', 'cjs/src', 'cf/src']) {
  patch(`${dir}/connection.js`, connectionReplacements);
  patch(`${dir}/index.js`, indexReplacements);
}
