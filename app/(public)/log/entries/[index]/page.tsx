import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getActor } from '@/lib/auth/get-actor';
import { getLatestCheckpoint, getLogEntries } from '@/lib/transparency-log/read-log';
import { formatDateTime } from '@/app/_components/format/format-date-time';
import { Badge } from '@/app/_components/ui/badge';
import { Card } from '@/app/_components/ui/card';
import { PageHeader } from '@/app/_components/ui/page-header';
import { prettyEntry, summarizeEntry } from '../../_components/entry-summary';
import { HashText } from '../../_components/hash-text';
import { parseLogNumber } from '../../_components/log-params';
import { VerifyEntryPanel } from '../../_components/verify-entry-panel';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ index: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const index = parseLogNumber((await params).index);
  return { title: index === null ? 'Log entry' : `Log entry ${index}` };
}

export default async function LogEntryPage({ params }: Props) {
  const index = parseLogNumber((await params).index);
  if (index === null) notFound();
  const [actor, checkpoint] = await Promise.all([getActor(), getLatestCheckpoint()]);
  if (index >= checkpoint.size) notFound();
  const { entries } = await getLogEntries(actor, { start: String(index), end: String(index + 1) });
  const row = entries[0];
  if (!row) notFound();
  const summary = row.entry === null ? null : summarizeEntry(row.entry);

  return (
    <div className="space-y-8">
      <PageHeader
        title={`Log entry ${index}`}
        description={`One of ${checkpoint.size.toLocaleString('en-US')} entries in the transparency log.`}
        actions={
          <nav aria-label="Entries" className="flex flex-wrap gap-2 text-sm">
            {index > 0 ? (
              <Link href={`/log/entries/${index - 1}`} className="rounded-md px-2 py-1 text-sky-800 underline hover:bg-sky-50">
                ← Entry {index - 1}
              </Link>
            ) : null}
            {index + 1 < checkpoint.size ? (
              <Link href={`/log/entries/${index + 1}`} className="rounded-md px-2 py-1 text-sky-800 underline hover:bg-sky-50">
                Entry {index + 1} →
              </Link>
            ) : null}
            <Link href={`/log?before=${index + 1}`} className="rounded-md px-2 py-1 text-sky-800 underline hover:bg-sky-50">
              Back to the log
            </Link>
          </nav>
        }
      />
      <Card id="entry" title="Entry" data-testid="log-entry">
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium text-slate-700">Index</dt>
          <dd className="font-mono">{index}</dd>
          <dt className="font-medium text-slate-700">Type</dt>
          <dd>{summary ? <code className="font-mono text-xs">{summary.type}</code> : <Badge>private entry</Badge>}</dd>
          {summary?.at ? (
            <>
              <dt className="font-medium text-slate-700">Time</dt>
              <dd>
                <time dateTime={summary.at}>{formatDateTime(summary.at)}</time>
              </dd>
            </>
          ) : null}
          <dt className="font-medium text-slate-700">Leaf hash</dt>
          <dd data-testid="log-entry-leaf-hash">
            <HashText hex={row.leafHash} />
          </dd>
        </dl>
        {row.entry !== null ? (
          <>
            <h3 className="mt-5 text-sm font-semibold text-slate-900">Content</h3>
            <pre
              className="mt-2 overflow-x-auto rounded-md bg-slate-900 p-4 font-mono text-xs leading-relaxed text-slate-50"
              tabIndex={0}
              aria-label="Entry content"
              data-testid="log-entry-json"
            >
              {prettyEntry(row.entry)}
            </pre>
            <details className="mt-3 text-sm">
              <summary className="cursor-pointer font-medium text-slate-800">Canonical text (RFC 8785): the exact bytes hashed</summary>
              <pre className="mt-2 overflow-x-auto rounded-md bg-slate-100 p-3 font-mono text-xs break-all whitespace-pre-wrap text-slate-900">
                {row.entry}
              </pre>
            </details>
          </>
        ) : (
          <p className="mt-5 text-sm text-slate-700" data-testid="log-entry-private">
            This entry is about something you may not see, so only its leaf hash is public. A random nonce inside the
            entry means the hash gives nothing away, yet it is part of the tree: its inclusion can still be proven.
          </p>
        )}
      </Card>
      <VerifyEntryPanel index={index} />
    </div>
  );
}
