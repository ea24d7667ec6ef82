import 'server-only';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { certificateEventOf, isCertificateEventType } from '@/lib/registry/certificate-events';
import { inclusionProofPath, logEntryPath } from '@/lib/registry/registry-links';
import { emptyResultCounts } from '@/lib/results/test-results';
import { parseInput } from '@/lib/validation/parse';
import { idParamSchema } from '@/lib/validation/common';
import { readLogHead } from '@/db/queries/log';
import {
  selectCertificateLogEntries,
  selectCertifiedNotableResults,
  selectCertifiedResultCounts,
  selectCertifiedSboms,
  selectRegistryCertificate,
} from '@/db/queries/registry';
import { readCertificateApproval } from './certificate-approval';
import { toRegistryItem, type RegistryCertificateDto, type RegistryHistoryEventDto, type RegistryItemDto } from './registry-dto';

type ParsedEntry = { at?: unknown; data?: { reason?: unknown } };

function parseEntry(text: string): ParsedEntry {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as ParsedEntry) : {};
  } catch {
    return {};
  }
}

function historyOf(
  entries: Awaited<ReturnType<typeof selectCertificateLogEntries>>,
  item: RegistryItemDto,
  treeSize: number,
): RegistryHistoryEventDto[] {
  const events: RegistryHistoryEventDto[] = [];
  for (const e of entries) {
    if (!isCertificateEventType(e.type)) continue;
    const parsed = parseEntry(e.entry);
    const at = typeof parsed.at === 'string' && !Number.isNaN(Date.parse(parsed.at)) ? new Date(parsed.at) : e.createdAt;
    const reason = parsed.data?.reason;
    events.push({
      event: certificateEventOf(e.type),
      type: e.type,
      at: at.toISOString(),
      reason: typeof reason === 'string' && reason ? reason : null,
      logIndex: e.index,
      entryUrl: logEntryPath(e.index),
      inclusionProofUrl: e.index < treeSize ? inclusionProofPath(e.index, treeSize) : null,
    });
  }
  // Expiry is a fact of the date, whether or not its log entry has been written yet.
  if (item.status === 'expired' && !events.some((e) => e.event === 'expired')) {
    events.push({ event: 'expired', type: 'certificate.expired', at: item.expiresAt, reason: null, logIndex: null, entryUrl: null, inclusionProofUrl: null });
    events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || (a.logIndex ?? Infinity) - (b.logIndex ?? Infinity));
  }
  return events;
}

/**
 * One certificate of the public registry (anyone, no login; logs nothing): the registry item, the
 * evaluation summary of its certified submission (counts by result; failed and not-applicable test
 * cases with the spec version they were recorded against — never notes or evidence), the digest,
 * component count and format of each SBOM released with it (visibility `certified`), and its
 * history from the log, each event with its log index and inclusion-proof link, and the approving
 * regulators' rationales with the certificate's conditions. Unknown id: 404.
 */
export async function getRegistryCertificate(id: string): Promise<RegistryCertificateDto> {
  const params = parseInput(idParamSchema, { id });
  const db = await getDb();
  const row = await selectRegistryCertificate(db, params.id, new Date());
  if (!row) throw notFound('Certificate');
  const [counts, notable, sboms, entries, head] = await Promise.all([
    selectCertifiedResultCounts(db, row.submissionId),
    selectCertifiedNotableResults(db, row.submissionId),
    selectCertifiedSboms(db, row.submissionId),
    selectCertificateLogEntries(db, row.id),
    readLogHead(db),
  ]);
  const item = toRegistryItem(row);
  const approval = await readCertificateApproval(db, row.submissionId);
  const tally = { ...emptyResultCounts(), total: 0 };
  for (const c of counts) {
    tally[c.result] += c.n;
    tally.total += c.n;
  }
  const testCase = ({ testCaseId, spec, specVersion, clause, title }: (typeof notable)[number]) => ({ testCaseId, spec, specVersion, clause, title });
  const treeSize = head?.size ?? 0;
  return {
    ...item,
    reviewSince: row.reviewSince,
    evaluation: {
      counts: tally,
      failed: notable.filter((r) => r.result === 'fail').map(testCase),
      notApplicable: notable.filter((r) => r.result === 'not_applicable').map(testCase),
    },
    sboms,
    history: historyOf(entries, item, treeSize),
    approval,
    log: { treeSize },
  };
}
