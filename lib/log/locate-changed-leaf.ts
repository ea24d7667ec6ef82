import { fromHex, toHex } from '@/lib/log/bytes';
import { appendToFrontier, rootFromFrontier } from '@/lib/log/frontier';
import type { LogSource } from '@/lib/log/log-source';
import { verifyConsistency } from '@/lib/log/verify-proof';

/** The right frontier after the first `size` leaves, as the verifier saw them. */
export type FrontierSnapshot = { size: number; frontier: Uint8Array[] };

const HASH_HEX_PATTERN = /^[0-9a-f]{64}$/;

/**
 * Finds the first leaf where the leaf hashes a source serves stop matching the signed tree of `signedSize`.
 * A verified consistency proof to the signed root pins the genuine root of every prefix, and prefix roots stay
 * equal up to the first changed leaf and differ after it, so bisection works: first over the page snapshots,
 * then leaf by leaf inside the bad page. `snapshots` ascend from size 0 and end at or below `signedSize`.
 * Returns the first changed index; the last snapshot's size when every leaf up to it is intact (so the next
 * one is missing); or null when the source's proofs do not verify (the server misstates its tree).
 */
export async function locateChangedLeaf(
  source: LogSource,
  snapshots: readonly FrontierSnapshot[],
  signedSize: number,
  signedRoot: Uint8Array,
): Promise<number | null> {
  const isPrefixIntact = async (prefixSize: number, frontier: Uint8Array[]): Promise<boolean | null> => {
    const proven = await proveRoot(source, prefixSize, signedSize, signedRoot);
    return proven === null ? null : proven === toHex(rootFromFrontier(frontier, prefixSize));
  };

  const last = snapshots[snapshots.length - 1];
  const isLastIntact = await isPrefixIntact(last.size, last.frontier);
  if (isLastIntact !== false) return isLastIntact === null ? null : last.size;
  let good = 0;
  let bad = snapshots.length - 1;
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    const intact = await isPrefixIntact(snapshots[middle].size, snapshots[middle].frontier);
    if (intact === null) return null;
    if (intact) good = middle;
    else bad = middle;
  }

  const start = snapshots[good].size;
  const end = snapshots[bad].size;
  const page = await source.getEntries(start, end);
  if (page.length !== end - start || page.some((item, i) => item.index !== start + i || !HASH_HEX_PATTERN.test(item.leafHash))) {
    return null;
  }
  const frontiers: Uint8Array[][] = [snapshots[good].frontier];
  page.forEach((item, i) => {
    frontiers.push(appendToFrontier(frontiers[i], start + i, fromHex(item.leafHash)).newFrontier);
  });
  let goodSize = start;
  let badSize = end;
  while (badSize - goodSize > 1) {
    const middle = Math.floor((goodSize + badSize) / 2);
    const intact = await isPrefixIntact(middle, frontiers[middle - start]);
    if (intact === null) return null;
    if (intact) goodSize = middle;
    else badSize = middle;
  }
  return badSize - 1;
}

async function proveRoot(source: LogSource, prefixSize: number, size: number, signedRoot: Uint8Array): Promise<string | null> {
  if (prefixSize === 0) return toHex(rootFromFrontier([], 0));
  if (prefixSize === size) return toHex(signedRoot);
  const response = await source.getConsistencyProof(prefixSize, size);
  const hashes = [response.fromRoot, ...(Array.isArray(response.proof) ? response.proof : [])];
  if (response.from !== prefixSize || response.to !== size || !Array.isArray(response.proof) || !hashes.every((h) => HASH_HEX_PATTERN.test(h))) {
    return null;
  }
  const isValid = verifyConsistency(prefixSize, size, response.proof.map(fromHex), fromHex(response.fromRoot), signedRoot);
  return isValid ? response.fromRoot : null;
}
