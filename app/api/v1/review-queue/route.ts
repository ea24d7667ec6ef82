import { endpoint } from '@/lib/api/endpoint';
import { json } from '@/lib/api/route';
import { listReviewQueue as contract } from '@/lib/api/contracts/evaluation';
import { listReviewQueue } from '@/lib/submissions/read-review-queue';

export const dynamic = 'force-dynamic';

/** Regulators' queue of submissions under review; see reviewQueueQuerySchema for filters, sort and paging. */
export const GET = endpoint(contract, async ({ actor, rawQuery }) => json(await listReviewQueue(actor, rawQuery)));
