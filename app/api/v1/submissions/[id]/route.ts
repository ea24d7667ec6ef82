import { apiRoute, ifMatchVersion, json, readJson } from '@/lib/api/route';
import { requireActor } from '@/lib/auth/get-actor';
import { changeSubmissionLab } from '@/lib/submissions/commands/change-lab';
import { getSubmission } from '@/lib/submissions/read-submissions';
import { parseInput } from '@/lib/validation/parse';
import { idParamSchema } from '@/lib/validation/common';

export const dynamic = 'force-dynamic';

export const GET = apiRoute<{ id: string }>(async (_request, { params }) => {
  const { id } = parseInput(idParamSchema, await params);
  const submission = await getSubmission(await requireActor(), id);
  return json(submission, { headers: { etag: `"${submission.version}"` } });
});

export const PATCH = apiRoute<{ id: string }>(async (request, { params }) => {
  const { id } = parseInput(idParamSchema, await params);
  const actor = await requireActor();
  const submission = await changeSubmissionLab(actor, id, await readJson(request), ifMatchVersion(request));
  return json(submission, { headers: { etag: `"${submission.version}"` } });
});
