import { apiRoute, json } from '@/lib/api/route';
import { requireActor } from '@/lib/auth/get-actor';
import { ServiceError } from '@/lib/errors';
import { applyVex } from '@/lib/vulnerabilities/commands/apply-vex';
import { idParamSchema } from '@/lib/validation/common';
import { parseInput } from '@/lib/validation/parse';
import { MAX_VEX_BYTES } from '@/lib/validation/vulnerabilities';

export const dynamic = 'force-dynamic';

const tooLarge = () => new ServiceError(413, 'Content too large', 'A VEX document is limited to 5 MiB.');

/** The body as bytes, refused (413) as soon as it passes the limit; only JSON media types. */
async function readVexBody(request: Request): Promise<Uint8Array> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    throw new ServiceError(415, 'Unsupported media type', 'Send the VEX document as application/json or application/vnd.cyclonedx+json.');
  }
  if (Number(request.headers.get('content-length') ?? '0') > MAX_VEX_BYTES) throw tooLarge();
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const next = reader ? await reader.read() : { done: true as const, value: undefined };
    if (next.done) break;
    size += next.value.byteLength;
    if (size > MAX_VEX_BYTES) {
      await reader!.cancel();
      throw tooLarge();
    }
    chunks.push(next.value);
  }
  if (size === 0) throw new ServiceError(400, 'Bad request', 'The request body is empty; send the CycloneDX VEX document.');
  return new Uint8Array(Buffer.concat(chunks));
}

/** Applies a CycloneDX VEX document to the version's recorded vulnerabilities (owning vendor). */
export const POST = apiRoute<{ id: string }>(async (request, { params }) => {
  const { id } = parseInput(idParamSchema, await params);
  const actor = await requireActor();
  return json(await applyVex(actor, id, await readVexBody(request)));
});
