import { z } from 'zod';
import { apiRoute, ifMatchVersion, json, readJson } from '@/lib/api/route';
import { requireActor } from '@/lib/auth/get-actor';
import { performSubmissionAction } from '@/lib/submissions/commands/perform-submission-action';
import { parseInput } from '@/lib/validation/parse';
import { actionParamSchema } from '@/lib/validation/submissions';

export const dynamic = 'force-dynamic';

const paramsSchema = z.object({ id: z.uuid('Not a valid id'), action: actionParamSchema });

export const POST = apiRoute<{ id: string; action: string }>(async (request, { params }) => {
  const { id, action } = parseInput(paramsSchema, await params);
  const actor = await requireActor();
  const hasBody = Number(request.headers.get('content-length') ?? '0') > 0 || request.headers.has('content-type');
  const body = hasBody ? await readJson(request) : {};
  const submission = await performSubmissionAction(actor, id, action, body, ifMatchVersion(request));
  return json(submission, { headers: { etag: `"${submission.version}"` } });
});
