import { formatCheckpointBody, parseCheckpoint, type Checkpoint } from '@/lib/log/checkpoint';
import type { LogSigner } from '@/lib/log/log-key';
import { signNote, verifySignedNote } from '@/lib/log/note-signature';

export type CheckpointVerification = { ok: true; checkpoint: Checkpoint; keyName: string } | { ok: false; reason: string };

/** The signed checkpoint note for a tree of `size` leaves with `rootHash`. */
export function signCheckpoint(
  checkpoint: { origin: string; size: number; rootHash: Uint8Array },
  signer: LogSigner,
): string {
  return signNote(formatCheckpointBody(checkpoint.origin, checkpoint.size, checkpoint.rootHash), signer);
}

/**
 * Verifies a signed checkpoint against a verifier key line and parses it; with `expectedOrigin`, the origin
 * line must match too. Never throws for bad input.
 */
export function verifyCheckpoint(
  noteText: string,
  verifierKeyLine: string,
  expectedOrigin?: string,
): CheckpointVerification {
  const verified = verifySignedNote(noteText, verifierKeyLine);
  if (!verified.ok) return verified;
  let checkpoint: Checkpoint;
  try {
    checkpoint = parseCheckpoint(verified.text);
  } catch (error) {
    return { ok: false, reason: `malformed checkpoint: ${(error as Error).message}` };
  }
  if (expectedOrigin !== undefined && checkpoint.origin !== expectedOrigin) {
    return { ok: false, reason: `checkpoint origin ${JSON.stringify(checkpoint.origin)} is not ${JSON.stringify(expectedOrigin)}` };
  }
  return { ok: true, checkpoint, keyName: verified.keyName };
}
