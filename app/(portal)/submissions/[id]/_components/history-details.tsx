import type { ReactNode } from 'react';
import type { HistoryEventDto } from '@/lib/submissions/submission-dto';
import { formatDateTime } from '@/app/_components/format/format-date-time';
import { CopyHash } from './copy-hash';
import { EVIDENCE_KIND_LABELS, type EvidenceKind } from './evidence-kinds';
import { formatBytes } from './format-bytes';

const text = (v: unknown) => (typeof v === 'string' && v ? v : null);
const num = (v: unknown) => (typeof v === 'number' ? v : null);

function ResultCounts({ counts }: { counts: unknown }) {
  if (!counts || typeof counts !== 'object') return null;
  const parts = Object.entries(counts as Record<string, unknown>)
    .filter(([, n]) => typeof n === 'number' && n > 0)
    .map(([k, n]) => `${n} ${k.replace('_', ' ')}`);
  return parts.length ? <>: {parts.join(', ')}</> : null;
}

/** The few facts of an entry a person looks for; the full entry is on its log page. */
export function HistoryDetails({ event, orgNames }: { event: HistoryEventDto; orgNames: ReadonlyMap<string, string> }) {
  const d = event.data;
  const reason = text(d.reason);
  const lines: ReactNode[] = [];
  if (event.type === 'evidence.added') {
    const kind = text(d.kind);
    lines.push(
      <span className="flex flex-wrap items-center gap-2">
        <span className="break-all">{text(d.filename) ?? 'file'}</span>
        {kind ? <span className="text-slate-500">({EVIDENCE_KIND_LABELS[kind as EvidenceKind] ?? kind}{num(d.size) !== null ? `, ${formatBytes(num(d.size)!)}` : ''})</span> : null}
        {text(d.sha256) ? <CopyHash hex={text(d.sha256)!} label="SHA-256 of the file" /> : null}
      </span>,
    );
  }
  if (event.type === 'results.recorded' && num(d.count) !== null) {
    lines.push(
      <span>
        {num(d.count)} result{num(d.count) === 1 ? '' : 's'}
        <ResultCounts counts={d.counts} />
      </span>,
    );
  }
  if (event.type === 'submission.lab_changed') {
    lines.push(<span>From {orgNames.get(String(d.from)) ?? 'another lab'} to {orgNames.get(String(d.to)) ?? 'another lab'}</span>);
  }
  if (event.type === 'submission.accepted' && d.conflictOfInterest && typeof d.conflictOfInterest === 'object') {
    const statement = text((d.conflictOfInterest as { statement?: unknown }).statement);
    if (statement) lines.push(<span>Conflict-of-interest statement: “{statement}”</span>);
  }
  if (event.type === 'decision.approved' && d.approvals && typeof d.approvals === 'object') {
    const { given, required } = d.approvals as { given?: unknown; required?: unknown };
    if (num(given) !== null && num(required) !== null) lines.push(<span>Approval {num(given)} of {num(required)} required</span>);
  }
  if (event.type === 'certificate.issued' && text(d.expiresAt)) lines.push(<span>Valid until {formatDateTime(text(d.expiresAt))}</span>);
  if (reason) lines.push(<span>Reason: “{reason}”</span>);
  if (!lines.length) return null;
  return (
    <>
      {lines.map((line, i) => (
        <span key={i} className="block">
          {line}
        </span>
      ))}
    </>
  );
}
