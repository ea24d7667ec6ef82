import { verifyCheckpointSignatureWebCrypto } from '@/lib/log/browser-verify';
import type { Checkpoint } from '@/lib/log/checkpoint';
import { fetchText, type FetchLike } from './log-api';
import { checkVerifierKeyInput } from '@/lib/log/input-check';
import { fail, fromCheckSteps, invalid, pass, type ReportBuilder } from './verification-report';

/**
 * Fetches the latest checkpoint and the verifier key (unless the reader pinned one) and checks the signature with
 * WebCrypto. Returns the signed checkpoint, or null after recording why it could not be trusted.
 */
export async function checkLatestCheckpoint(
  report: ReportBuilder,
  fetchImpl: FetchLike,
  pinnedKey: string | undefined,
): Promise<{ checkpoint: Checkpoint; keyName: string } | null> {
  const section = report.section('Checkpoint signature');
  if (pinnedKey?.trim()) {
    const pinned = await checkVerifierKeyInput(pinnedKey);
    if (!pinned.ok) {
      section.steps.push(invalid('key', pinned.reason));
      return null;
    }
  }
  let note: string;
  let keyLine: string;
  try {
    note = await fetchText(fetchImpl, '/api/v1/log/checkpoint');
    keyLine = pinnedKey?.trim() || (await fetchText(fetchImpl, '/api/v1/log/key')).trim();
  } catch (error) {
    section.steps.push(fail('Fetch the checkpoint and the key', (error as Error).message));
    return null;
  }
  section.steps.push(
    pass(
      'Fetch the checkpoint and the key',
      pinnedKey?.trim()
        ? 'GET /api/v1/log/checkpoint; the key is the one you entered'
        : 'GET /api/v1/log/checkpoint and /api/v1/log/key (compare the key with one published elsewhere, or pin it below)',
    ),
  );
  const checked = await verifyCheckpointSignatureWebCrypto(note, keyLine);
  section.steps.push(...fromCheckSteps(checked.steps));
  if (!checked.ok || !checked.checkpoint) return null;
  return { checkpoint: checked.checkpoint, keyName: keyLine.split('+')[0] };
}
