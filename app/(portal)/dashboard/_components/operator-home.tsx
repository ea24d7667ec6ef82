import Link from 'next/link';
import { listApprovedComponents } from '@/lib/approved-components/read-approved-components';
import { getDiversity } from '@/lib/diversity/read-diversity';
import { getOperatorDecisions } from '@/lib/operator-decisions/read-operator-decisions';
import { basisPointsFraction } from '@/lib/diversity/policy';
import { percentText, thresholdText } from '@/lib/diversity/percent-text';
import { segmentInText, unitsText } from '@/app/(portal)/components/_components/labels';
import { requirePageActor } from '@/app/_components/auth/require-page-actor';
import { Alert } from '@/app/_components/ui/alert';
import { Card } from '@/app/_components/ui/card';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { LinkButton } from '@/app/_components/ui/link-button';

const CATALOGUE_PEEK = 200;

/** The operator's overview: approved components, its decisions, its inventory and what the diversity page flags. */
export async function OperatorHome() {
  const actor = await requirePageActor('/dashboard');
  const [catalogue, decisions, diversity] = await Promise.all([
    listApprovedComponents(actor, { limit: CATALOGUE_PEEK }),
    getOperatorDecisions(actor, {}),
    getDiversity(actor, {}),
  ]);
  if (catalogue.items.length === 0 && diversity.totalUnits === 0) {
    return (
      <EmptyState
        title="No certified components yet"
        body="Approved components, with their evidence and test results, appear here once a regulator certifies an evaluated product. You will then record your own acceptance decisions and your deployments."
        action={<LinkButton href="/">Check the public registry</LinkButton>}
        data-testid="dashboard-empty-operator"
      />
    );
  }
  const componentCount = catalogue.nextCursor ? `${CATALOGUE_PEEK}+` : String(catalogue.items.length);
  const undecided = catalogue.items.filter((c) => !c.decision).length;
  const accepted = decisions.items.filter((d) => d.decision === 'accept').length;
  const rejected = decisions.items.length - accepted;
  // Each segment's own share threshold (regulators set them per segment), as on the diversity page.
  const concentrated = diversity.segments.flatMap((s) =>
    s.concentrated.map((v) => ({ segment: s.segment, total: s.totalUnits, limit: basisPointsFraction(s.threshold.shareBasisPoints), ...v })),
  );

  const tiles = [
    { href: '/components', title: 'Approved components', value: componentCount, detail: undecided ? `${undecided} without your decision` : 'All decided', testId: 'home-components' },
    { href: '/components', title: 'Your decisions', value: String(decisions.items.length), detail: `${accepted} accepted · ${rejected} rejected`, testId: 'home-decisions' },
    { href: '/deployments', title: 'Deployed units', value: unitsText(diversity.totalUnits), detail: diversity.flaggedCount ? `${diversity.flaggedCount} version${diversity.flaggedCount === 1 ? '' : 's'} without a valid certificate` : 'All on valid certificates', testId: 'home-deployments' },
    { href: '/diversity', title: 'Concentration flags', value: String(concentrated.length), detail: concentrated.length ? 'Segments dominated by one vendor' : 'No segment over the threshold', testId: 'home-diversity' },
  ];

  return (
    <div className="space-y-6" data-testid="operator-home">
      <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        {tiles.map((t) => (
          <li key={t.testId}>
            <Link href={t.href} className="block rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-sky-300 hover:bg-sky-50" data-testid={t.testId}>
              <span className="block text-sm text-slate-600">{t.title}</span>
              <span className="mt-1 block text-2xl font-semibold text-slate-900 tabular-nums">{t.value}</span>
              <span className="mt-1 block text-sm text-slate-700">{t.detail}</span>
            </Link>
          </li>
        ))}
      </ul>
      {concentrated.length || diversity.flaggedCount ? (
        <Card title="Needs attention">
          <div className="space-y-2">
            {concentrated.map((c) => (
              <Alert key={`${c.segment}-${c.vendorId}`} tone="warning">
                Concentrated: {c.vendorName} holds {percentText(c.units, c.total, c.limit)} of your {segmentInText[c.segment]} units (threshold {thresholdText(c.limit)}).
              </Alert>
            ))}
            {diversity.flaggedCount ? (
              <Alert tone="warning">
                {diversity.flaggedCount} deployed version{diversity.flaggedCount === 1 ? ' has' : 's have'} no valid certificate.{' '}
                <Link href="/diversity#flagged" className="underline underline-offset-2">
                  See which
                </Link>
              </Alert>
            ) : null}
          </div>
        </Card>
      ) : null}
    </div>
  );
}
