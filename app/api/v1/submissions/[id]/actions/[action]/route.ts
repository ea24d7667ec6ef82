import { endpoint } from '@/lib/api/endpoint';
import { ifMatchOf, json, readJson } from '@/lib/api/route';
import { submissionAction } from '@/lib/api/contracts/submissions';
import { performSubmissionAction } from '@/lib/submissions/commands/perform-submission-action';

export const dynamic = 'force-dynamic';

export const POST = endpoint(submissionAction, async ({ request, actor, params: { id, action } }) => {
  const hasBody = Number(request.headers.get('content-length') ?? '0') > 0 || request.headers.has('content-type');
  const body = hasBody ? await readJson(request) : {};
  const submission = await performSubmissionAction(actor, id, action, body, ifMatchOf(request));
  return json(submission, { headers: { etag: `"${submission.version}"` } });
});
