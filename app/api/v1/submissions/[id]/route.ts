import { endpoint } from '@/lib/api/endpoint';
import { ifMatchOf, json, readJson } from '@/lib/api/route';
import { changeSubmissionLab as changeLabContract, getSubmission as getContract } from '@/lib/api/contracts/submissions';
import { changeSubmissionLab } from '@/lib/submissions/commands/change-lab';
import { getSubmission } from '@/lib/submissions/read-submissions';

export const dynamic = 'force-dynamic';

export const GET = endpoint(getContract, async ({ actor, params: { id } }) => {
  const submission = await getSubmission(actor, id);
  return json(submission, { headers: { etag: `"${submission.version}"` } });
});

export const PATCH = endpoint(changeLabContract, async ({ request, actor, params: { id } }) => {
  const submission = await changeSubmissionLab(actor, id, await readJson(request), ifMatchOf(request));
  return json(submission, { headers: { etag: `"${submission.version}"` } });
});
