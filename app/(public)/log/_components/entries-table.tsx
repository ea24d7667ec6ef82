import Link from 'next/link';
import { Badge } from '@/app/_components/ui/badge';
import { Table, TBody, Td, Th, THead } from '@/app/_components/ui/data-table';
import { formatDateTime } from '@/app/_components/format/format-date-time';
import { summarizeEntry } from './entry-summary';
import { HashText } from './hash-text';

export type LogEntryRow = { index: number; leafHash: string; entry: string | null };

type Props = { entries: readonly LogEntryRow[]; caption: string };

/** Log entries, newest first; private ones show only their leaf hash. */
export function EntriesTable({ entries, caption }: Props) {
  return (
    <Table caption={caption} data-testid="log-entries">
      <THead>
        <tr>
          <Th>Index</Th>
          <Th>Type</Th>
          <Th>Time</Th>
          <Th>Leaf hash</Th>
        </tr>
      </THead>
      <TBody>
        {entries.map((row) => {
          const summary = row.entry === null ? null : summarizeEntry(row.entry);
          return (
            <tr key={row.index} data-testid="log-entry-row">
              <Th scope="row">
                <Link
                  href={`/log/entries/${row.index}`}
                  className="font-mono text-sky-800 underline hover:text-sky-950"
                  aria-label={`Entry ${row.index}`}
                >
                  {row.index}
                </Link>
              </Th>
              <Td>
                {summary ? (
                  <code className="font-mono text-xs text-slate-900">{summary.type}</code>
                ) : (
                  <Badge tone="neutral">private entry</Badge>
                )}
              </Td>
              <Td className="whitespace-nowrap">
                {summary?.at ? <time dateTime={summary.at}>{formatDateTime(summary.at)}</time> : <span className="sr-only">not shown</span>}
              </Td>
              <Td>
                <HashText hex={row.leafHash} isAbbreviated />
              </Td>
            </tr>
          );
        })}
      </TBody>
    </Table>
  );
}
