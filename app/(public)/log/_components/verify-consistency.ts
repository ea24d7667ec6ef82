import { verifyConsistencyWebCrypto } from '@/lib/log/browser-verify';
import { fromHex, toHex } from '@/lib/log/bytes';
import { checkRootHashInput, checkTreeSizeInput } from '@/lib/log/input-check';
import { planConsistency } from '@/lib/log/proof-plan';
import { fetchConsistencyProof, fetchPublishedRoot, type FetchLike } from './log-api';
import { formatEntryCount } from './log-params';
import { checkLatestCheckpoint } from './verify-checkpoint-section';
import { fail, invalid, note, pass, ReportBuilder, type FoldStep, type VerificationReport } from './verification-report';

/**
 * Checks in the browser that the tree of `fromSize` entries is a prefix of the currently signed tree (RFC 9162
 * consistency proof). The earlier root is the one the reader recorded, else the one this site published for that
 * size, else the proof's own — each weaker than the one before, and the report says which was used. Never throws.
 */
export async function verifyConsistencyInBrowser(
  fromSize: number,
  options: { recordedRoot?: string; pinnedKey?: string; fetchImpl?: FetchLike } = {},
): Promise<VerificationReport> {
  const fetchImpl = options.fetchImpl ?? ((input, init) => fetch(input, init));
  const report = new ReportBuilder();
  const failureSummary = `The log could not be shown consistent with its tree of ${formatEntryCount(fromSize)}`;
  const recorded = options.recordedRoot?.trim() ? checkRootHashInput(options.recordedRoot) : null;
  if (recorded && !recorded.ok) {
    report.section('The earlier tree').steps.push(invalid('root hash', recorded.reason));
    return report.finish('', failureSummary);
  }
  const signed = await checkLatestCheckpoint(report, fetchImpl, options.pinnedKey);
  if (!signed) return report.finish('', failureSummary);
  const { checkpoint } = signed;
  const size = checkpoint.size;

  const earlier = report.section('The earlier tree');
  const sizeCheck = checkTreeSizeInput(fromSize, size);
  if (!sizeCheck.ok) {
    earlier.steps.push(invalid('earlier size', sizeCheck.reason));
    return report.finish('', failureSummary);
  }
  let earlierRoot: string | null = null;
  if (recorded?.ok) {
    earlierRoot = recorded.value;
    earlier.steps.push(pass('Use the root you recorded', earlierRoot));
  } else {
    try {
      earlierRoot = await fetchPublishedRoot(fetchImpl, fromSize);
      earlier.steps.push(
        earlierRoot
          ? note('Root published for that size', `${earlierRoot} (from /api/v1/log/checkpoints; compare it with a checkpoint you saved)`)
          : note('No checkpoint was published for that size', "the proof's own earlier root is used, so this only shows the log grew from it"),
      );
    } catch (error) {
      earlier.steps.push(fail('Fetch the published checkpoints', (error as Error).message));
      return report.finish('', failureSummary);
    }
  }

  const proofSection = report.section('Consistency proof');
  try {
    const proof = await fetchConsistencyProof(fetchImpl, fromSize, size);
    proofSection.steps.push(pass('Fetch the consistency proof', `${proof.proof.length} hash(es) from ${fromSize} to ${size} entries`));
    earlierRoot ??= proof.fromRoot;
    if (proof.fromRoot !== earlierRoot) {
      proofSection.steps.push(fail('The proof starts from the earlier root', `the proof names ${proof.fromRoot}`));
    }
    if (proof.toRoot !== toHex(checkpoint.rootHash)) {
      proofSection.steps.push(fail('The proof ends at the signed root', `the proof names ${proof.toRoot}`));
    }
    const plan = planConsistency(fromSize, size);
    if (plan) {
      proofSection.steps.push(
        note(
          'Starting point',
          plan.isSeedFirstRoot ? `${fromSize} is a power of two: start from the earlier root` : 'start from the first proof hash',
        ),
      );
    }
    const result = await verifyConsistencyWebCrypto(fromSize, size, proof.proof.map(fromHex), fromHex(earlierRoot), checkpoint.rootHash);
    proofSection.folds = result.steps.map(
      (step): FoldStep => ({
        description:
          step.step === 'both-left'
            ? 'On the left of both running hashes: SHA-256(0x01 ‖ proof hash ‖ running hash)'
            : 'On the right of the current-tree hash only: SHA-256(0x01 ‖ running hash ‖ proof hash)',
        sibling: toHex(step.sibling),
        outputs: [
          { name: 'earlier tree', hex: toHex(step.oldRoot) },
          { name: 'current tree', hex: toHex(step.newRoot) },
        ],
      }),
    );
    proofSection.steps.push(
      result.ok
        ? pass('Recompute both roots', `the proof leads to the earlier root and to the signed root ${toHex(checkpoint.rootHash)}`)
        : fail('Recompute both roots', result.reason ?? 'the proof does not verify'),
    );
  } catch (error) {
    proofSection.steps.push(fail('Fetch the consistency proof', (error as Error).message));
  }
  return report.finish(
    `Verified: the log of ${formatEntryCount(size)} signed now begins with the tree of ${formatEntryCount(fromSize)}, unchanged — nothing was rewritten or removed.`,
    failureSummary,
  );
}
