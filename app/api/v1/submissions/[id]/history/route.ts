import { endpoint } from '@/lib/api/endpoint';
import { json } from '@/lib/api/route';
import { getSubmissionHistory as contract } from '@/lib/api/contracts/submissions';
import { getSubmissionHistory } from '@/lib/submissions/read-submission-history';

export const dynamic = 'force-dynamic';

export const GET = endpoint(contract, async ({ actor, params: { id } }) => json({ items: await getSubmissionHistory(actor, id) }));
