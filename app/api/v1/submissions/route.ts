import { endpoint } from '@/lib/api/endpoint';
import { json, readJson } from '@/lib/api/route';
import { createSubmission as createContract, listSubmissions as listContract } from '@/lib/api/contracts/submissions';
import { createSubmission } from '@/lib/submissions/commands/create-submission';
import { listSubmissions } from '@/lib/submissions/read-submissions';

export const dynamic = 'force-dynamic';

export const GET = endpoint(listContract, async ({ actor, rawQuery }) => json(await listSubmissions(actor, rawQuery)));

export const POST = endpoint(createContract, async ({ request, actor }) => {
  const submission = await createSubmission(actor, await readJson(request));
  return json(submission, { status: 201, headers: { etag: `"${submission.version}"` } });
});
