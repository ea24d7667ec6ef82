import { endpoint } from '@/lib/api/endpoint';
import { ifMatchVersion, json, readJson } from '@/lib/api/route';
import { changeSubmissionLab as changeLabContract, getSubmission as getContract } from '@/lib/api/contracts/submissions';
import { changeSubmissionLab, getSubmission } from '@/lib/services/submissions';

export const dynamic = 'force-dynamic';

export const GET = endpoint(getContract, async ({ actor, params: { id } }) => {
  const submission = await getSubmission(actor, id);
  return json(submission, { headers: { etag: `"${submission.version}"` } });
});

export const PATCH = endpoint(changeLabContract, async ({ request, actor, params: { id } }) => {
  const submission = await changeSubmissionLab(actor, id, await readJson(request), ifMatchVersion(request));
  return json(submission, { headers: { etag: `"${submission.version}"` } });
});
