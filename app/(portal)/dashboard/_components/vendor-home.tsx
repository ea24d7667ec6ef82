import Link from 'next/link';
import type { Actor } from '@/lib/authz/actor';
import type { SubmissionSummaryDto } from '@/lib/submissions/submission-dto';
import { getActor } from '@/lib/auth/get-actor';
import { listOwnProducts } from '@/lib/products/read-products';
import { listSubmissions } from '@/lib/submissions/read-submissions';
import { SUBMISSION_STATE_DISPLAY } from '@/lib/workflow/submission-state-display';
import { SUBMISSION_STATES, type SubmissionState } from '@/lib/workflow/submission-states';
import { Card } from '@/app/_components/ui/card';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { LinkButton } from '@/app/_components/ui/link-button';
import { SubmissionStateBadge } from '../../submissions/[id]/_components/submission-state-badge';
import { SubmissionsTable } from '../../submissions/[id]/_components/submissions-table';

/** Counted from one page of each list; beyond it the number reads "200+". */
const COUNT_LIMIT = 200;

const ATTENTION: Partial<Record<SubmissionState, string>> = {
  draft: 'Add evidence and submit it to the lab.',
  changes_requested: 'Answer the regulator’s request with new evidence, then resubmit.',
};

function countBy(submissions: readonly SubmissionSummaryDto[]): Record<SubmissionState, number> {
  const counts = Object.fromEntries(SUBMISSION_STATES.map((s) => [s, 0])) as Record<SubmissionState, number>;
  for (const s of submissions) counts[s.state] += 1;
  return counts;
}

function FirstProduct() {
  return (
    <EmptyState
      title="Register your first product"
      body={
        <>
          <p>Register a product, add the version you want evaluated and submit it to an accredited lab. Its progress, evidence and results will be listed here.</p>
          <p className="mt-2">Build pipelines can do the same over the API with a personal API token.</p>
        </>
      }
      action={
        <>
          <LinkButton href="/products/new" variant="primary" data-testid="dashboard-new-product">
            Register your first product
          </LinkButton>
          <LinkButton href="/settings#api-tokens" data-testid="dashboard-api-tokens-link">
            Settings → API tokens
          </LinkButton>
        </>
      }
      data-testid="dashboard-empty-vendor"
    />
  );
}

function Attention({ submissions }: { submissions: readonly SubmissionSummaryDto[] }) {
  const waiting = submissions.filter((s) => ATTENTION[s.state]);
  if (!waiting.length) return null;
  return (
    <Card id="attention" title="Waiting for you" data-testid="dashboard-attention">
      <ul className="divide-y divide-slate-100">
        {waiting.slice(0, 10).map((s) => (
          <li key={s.id} className="flex flex-wrap items-center gap-3 py-2.5 text-sm">
            <SubmissionStateBadge state={s.state} />
            <Link href={`/submissions/${s.id}`} className="font-medium text-sky-800 underline underline-offset-2">
              {s.product.name} {s.productVersion.version}
            </Link>
            <span className="text-slate-600">{ATTENTION[s.state]}</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}

async function VendorOverview({ actor }: { actor: Actor }) {
  const [products, submissions] = await Promise.all([
    listOwnProducts(actor, { limit: COUNT_LIMIT }),
    listSubmissions(actor, { limit: COUNT_LIMIT }),
  ]);
  if (!products.items.length) return <FirstProduct />;
  const counts = countBy(submissions.items);
  const more = (hasMore: boolean) => (hasMore ? '+' : '');
  return (
    <div className="space-y-6" data-testid="dashboard-vendor">
      <div className="grid gap-4 sm:grid-cols-2">
        <Link href="/products" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm hover:border-sky-700" data-testid="dashboard-products-count">
          <span className="block text-3xl font-semibold text-slate-900 tabular-nums">
            {products.items.length}
            {more(Boolean(products.nextCursor))}
          </span>
          <span className="text-sm text-slate-600">Products</span>
        </Link>
        <Link href="/submissions" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm hover:border-sky-700" data-testid="dashboard-submissions-count">
          <span className="block text-3xl font-semibold text-slate-900 tabular-nums">
            {submissions.items.length}
            {more(Boolean(submissions.nextCursor))}
          </span>
          <span className="text-sm text-slate-600">Submissions</span>
        </Link>
      </div>
      <Attention submissions={submissions.items} />
      <Card id="by-state" title="Submissions by state">
        {submissions.items.length ? (
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="dashboard-state-counts">
            {SUBMISSION_STATES.map((state) => (
              <li key={state}>
                <Link href={`/submissions?state=${state}`} className="flex items-center justify-between gap-2 rounded-md border border-slate-200 px-3 py-2 text-sm hover:bg-slate-50" data-testid={`dashboard-state-${state}`}>
                  <span>{SUBMISSION_STATE_DISPLAY[state].label}</span>
                  <span className="font-semibold tabular-nums">{counts[state]}</span>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState
            headingLevel={3}
            title="No submissions yet"
            body="Open a product, add a version and choose “Start a submission” to put it in front of an accredited lab."
            action={<LinkButton href="/products" variant="primary">Go to your products</LinkButton>}
            data-testid="dashboard-no-submissions"
          />
        )}
      </Card>
      {submissions.items.length ? (
        <section aria-labelledby="recent-heading" className="space-y-3">
          <h2 id="recent-heading" className="text-lg font-semibold text-slate-900">Recently changed</h2>
          <SubmissionsTable submissions={submissions.items.slice(0, 5)} caption="Recently changed submissions" showVendor={false} />
        </section>
      ) : null}
    </div>
  );
}

/** The vendor's dashboard. The dashboard page renders it without props, so it reads the (request-cached) caller itself. */
export async function VendorHome() {
  const actor = await getActor();
  if (!actor || actor.orgKind !== 'vendor') return null;
  return <VendorOverview actor={actor} />;
}
