import { apiRoute, json, queryOf } from '@/lib/api/route';
import { requireActor } from '@/lib/auth/get-actor';
import { listReviewQueue } from '@/lib/submissions/read-review-queue';

export const dynamic = 'force-dynamic';

/** Regulators' queue of submissions under review; see reviewQueueQuerySchema for filters, sort and paging. */
export const GET = apiRoute(async (request) => json(await listReviewQueue(await requireActor(), queryOf(request))));
