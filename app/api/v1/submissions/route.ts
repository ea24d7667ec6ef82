import { apiRoute, json, queryOf, readJson } from '@/lib/api/route';
import { requireActor } from '@/lib/auth/get-actor';
import { createSubmission } from '@/lib/submissions/commands/create-submission';
import { listSubmissions } from '@/lib/submissions/read-submissions';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(async (request) => json(await listSubmissions(await requireActor(), queryOf(request))));

export const POST = apiRoute(async (request) => {
  const actor = await requireActor();
  const submission = await createSubmission(actor, await readJson(request));
  return json(submission, { status: 201, headers: { etag: `"${submission.version}"` } });
});
