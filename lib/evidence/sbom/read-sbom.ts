import 'server-only';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { analyzeSbom, createSbomTooLargeError, parseSbom } from './parse-sbom';
import type { SbomAnalysis } from './sbom-analysis';
import { MAX_SBOM_BYTES, type SbomSummary } from './sbom-summary';

/**
 * Reads and summarises an SBOM file on disk; see `parseSbom` for the
 * refusals. A file over 64 MiB is refused from its size, without reading it.
 */
export async function parseSbomFile(path: string): Promise<SbomSummary> {
  const { size } = await stat(path);
  if (size > MAX_SBOM_BYTES) throw createSbomTooLargeError();
  return parseSbomStream(createReadStream(path));
}

/**
 * Reads and summarises an SBOM from a byte stream, e.g.
 * `store.openTempReadStream(temp)` before committing an upload. Stops reading
 * (and destroys the stream) once it passes 64 MiB.
 */
export async function parseSbomStream(stream: AsyncIterable<Uint8Array>): Promise<SbomSummary> {
  return parseSbom(await readAll(stream));
}

/** {@link parseSbomStream} with every component and the conformance report (`analyzeSbom`). */
export async function analyzeSbomStream(stream: AsyncIterable<Uint8Array>): Promise<SbomAnalysis> {
  return analyzeSbom(await readAll(stream));
}

async function readAll(stream: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.byteLength;
    if (size > MAX_SBOM_BYTES) throw createSbomTooLargeError();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}
