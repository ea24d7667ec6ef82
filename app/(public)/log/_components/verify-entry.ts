import { computeLeafHashWebCrypto, verifyInclusionWebCrypto } from '@/lib/log/browser-verify';
import { encodeUtf8, fromHex, toHex } from '@/lib/log/bytes';
import { fetchEntry, fetchInclusionProof, type FetchLike } from './log-api';
import { formatEntryCount } from './log-params';
import { checkLatestCheckpoint } from './verify-checkpoint-section';
import { fail, note, pass, ReportBuilder, type FoldStep, type VerificationReport } from './verification-report';

/**
 * Checks, in the browser and from the public API only, that entry `index` is in the log: (a) the checkpoint
 * signature, (b) the entry text hashes to its leaf (when the caller may read it), (c) the inclusion proof folds
 * from that leaf to the signed root. Never throws.
 */
export async function verifyEntryInBrowser(index: number, options: { pinnedKey?: string; fetchImpl?: FetchLike } = {}): Promise<VerificationReport> {
  const fetchImpl = options.fetchImpl ?? ((input, init) => fetch(input, init));
  const report = new ReportBuilder();
  const failed = () => report.finish('', `Entry ${index} could not be verified`);

  const signed = await checkLatestCheckpoint(report, fetchImpl, options.pinnedKey);
  if (!signed) return failed();
  const { checkpoint, keyName } = signed;
  const signedRoot = toHex(checkpoint.rootHash);

  const entrySection = report.section('The entry and its leaf hash');
  if (index >= checkpoint.size) {
    entrySection.steps.push(fail('Find the entry in the signed tree', `the signed checkpoint has ${checkpoint.size} entries`));
    return failed();
  }
  let leaf: Uint8Array;
  try {
    const row = await fetchEntry(fetchImpl, index);
    entrySection.steps.push(pass('Fetch the entry', `GET /api/v1/log/entries: leaf hash ${row.leafHash}`));
    if (row.entry === null) {
      entrySection.steps.push(
        note('Entry text not readable for you', 'only its leaf hash is public, so the proof starts from the leaf hash the log serves'),
      );
      leaf = fromHex(row.leafHash);
    } else {
      leaf = await computeLeafHashWebCrypto(encodeUtf8(row.entry));
      const computed = toHex(leaf);
      entrySection.steps.push(
        computed === row.leafHash
          ? pass('Recompute the leaf hash SHA-256(0x00 ‖ entry bytes)', `${computed} matches the log's leaf hash`)
          : fail('Recompute the leaf hash SHA-256(0x00 ‖ entry bytes)', `${computed} differs from the log's leaf hash ${row.leafHash}`),
      );
    }
  } catch (error) {
    entrySection.steps.push(fail('Fetch the entry', (error as Error).message));
    return failed();
  }

  const proofSection = report.section('Inclusion proof');
  try {
    const proof = await fetchInclusionProof(fetchImpl, index, checkpoint.size);
    proofSection.steps.push(
      pass('Fetch the inclusion proof', `${proof.proof.length} hash(es) for entry ${index} in the tree of ${checkpoint.size} entries`),
    );
    proofSection.steps.push(
      proof.leafHash === toHex(leaf)
        ? pass('The proof is about this leaf', proof.leafHash)
        : fail('The proof is about this leaf', `the proof names leaf ${proof.leafHash}`),
    );
    const result = await verifyInclusionWebCrypto(leaf, index, checkpoint.size, proof.proof.map(fromHex), checkpoint.rootHash);
    proofSection.folds = result.steps.map(
      (step): FoldStep => ({
        description:
          step.side === 'left'
            ? 'Sibling on the left: SHA-256(0x01 ‖ sibling ‖ running hash)'
            : 'Sibling on the right: SHA-256(0x01 ‖ running hash ‖ sibling)',
        sibling: toHex(step.sibling),
        outputs: [{ name: 'running hash', hex: toHex(step.result) }],
      }),
    );
    proofSection.steps.push(
      result.ok
        ? pass('Compare the computed root with the signed root', `${signedRoot} — equal`)
        : fail(
            'Compare the computed root with the signed root',
            result.computedRoot ? `computed ${toHex(result.computedRoot)}, signed ${signedRoot}` : (result.reason ?? 'the proof is malformed'),
          ),
    );
  } catch (error) {
    proofSection.steps.push(fail('Fetch the inclusion proof', (error as Error).message));
  }
  if (report.hasFailed) return failed();
  return report.finish(
    `Verified: entry ${index} is in the log. Its inclusion proof leads to the root that ${keyName} signed for ${formatEntryCount(checkpoint.size)}.`,
    `Entry ${index} could not be verified`,
  );
}
