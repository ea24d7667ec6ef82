import type { Metadata } from 'next';
import { getActor } from '@/lib/auth/get-actor';
import { config } from '@/lib/config';
import { parseCheckpoint } from '@/lib/log/checkpoint';
import { getLatestCheckpoint, getLogEntries, getVerifierKey } from '@/lib/transparency-log/read-log';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { PageHeader } from '@/app/_components/ui/page-header';
import { CheckpointCard } from './_components/checkpoint-card';
import { ConsistencyPanel } from './_components/consistency-panel';
import { EntriesTable } from './_components/entries-table';
import { HowToVerify } from './_components/how-to-verify';
import { LogPagination } from './_components/log-pagination';
import { LOG_PAGE_SIZE, parseLogNumber } from './_components/log-params';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Transparency log' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TransparencyLogPage({ searchParams }: Props) {
  const params = await searchParams;
  const [actor, checkpoint] = await Promise.all([getActor(), getLatestCheckpoint()]);
  const { size } = checkpoint;
  const before = parseLogNumber(params.before);
  const end = before === null || before < 1 ? size : Math.min(before, size);
  const start = Math.max(0, end - LOG_PAGE_SIZE);
  const { entries } = end > start ? await getLogEntries(actor, { start: String(start), end: String(end) }) : { entries: [] };

  return (
    <div className="space-y-8">
      <PageHeader
        title="Transparency log"
        description="Every change in Trustledger is an entry in this append-only Merkle tree log. Anyone can check it without trusting whoever runs the portal."
      />
      <CheckpointCard
        size={size}
        rootHash={checkpoint.rootHash}
        note={checkpoint.note}
        origin={parseCheckpoint(checkpoint.note).origin}
        verifierKey={getVerifierKey()}
      />
      <HowToVerify siteUrl={config().siteUrl} />
      <section aria-labelledby="entries-heading">
        <h2 id="entries-heading" className="mb-3 text-lg font-semibold text-slate-900">
          {end === size ? 'Most recent entries' : 'Entries'}
        </h2>
        {entries.length > 0 ? (
          <>
            <EntriesTable entries={[...entries].reverse()} caption={`Log entries ${start} to ${end - 1}, newest first`} />
            <LogPagination start={start} end={end} size={size} />
          </>
        ) : (
          <EmptyState
            headingLevel={3}
            title="The log is empty."
            body="The first entry appears as soon as anything happens in the portal — an organisation is created, a product submitted."
            data-testid="log-empty"
          />
        )}
      </section>
      {size > 0 ? <ConsistencyPanel currentSize={size} /> : null}
    </div>
  );
}
