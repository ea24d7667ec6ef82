import Link from 'next/link';
import type { ReactNode } from 'react';
import { DASHBOARD_EXPIRY_DAYS, getRegulatorDashboard } from '@/lib/dashboard/read-regulator-dashboard';
import { EXPIRING_WITHIN_DAYS } from '@/lib/validation/certificates';
import { requirePageActor } from '@/app/_components/auth/require-page-actor';
import { Badge } from '@/app/_components/ui/badge';
import { Card } from '@/app/_components/ui/card';
import { LinkButton } from '@/app/_components/ui/link-button';
import { formatCount, segmentNames } from '../../components/_components/labels';
import { flagsText } from '../../diversity/_components/flags-text';
import { Age } from '../../review/_components/age';

type WidgetProps = {
  id: string;
  title: string;
  count: number;
  countLabel: string;
  /** Said when the count is 0: what this would show and what to do next. */
  empty: ReactNode;
  action: { href: string; label: string };
  children?: ReactNode;
};

/** One dashboard widget: a count, the top items, and an empty state that says what to do next. */
function Widget({ id, title, count, countLabel, empty, action, children }: WidgetProps) {
  return (
    <Card
      id={`dashboard-${id}`}
      title={title}
      actions={
        <LinkButton href={action.href} size="sm" data-testid={`dashboard-${id}-open`}>
          {action.label}
        </LinkButton>
      }
      data-testid={`dashboard-${id}`}
    >
      <p className="text-sm text-slate-700">
        <span className="mr-1 text-3xl font-semibold text-slate-900 tabular-nums" data-testid={`dashboard-${id}-count`}>
          {formatCount(count)}
        </span>
        {countLabel}
      </p>
      {count === 0 ? (
        <p className="mt-3 text-sm text-slate-600" data-testid={`dashboard-${id}-empty`}>
          {empty}
        </p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-100 text-sm" data-testid={`dashboard-${id}-items`}>
          {children}
        </ul>
      )}
    </Card>
  );
}

const itemClass = 'flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 py-2';
const linkClass = 'font-medium text-sky-800 underline-offset-2 hover:underline';

/**
 * The regulator's start page: the review queue, certificates expiring within 60 days, suspended
 * certificates, open affected advisory matches and the national concentration flags with the
 * phase-outs under way.
 */
export async function RegulatorDashboard() {
  const actor = await requirePageActor('/dashboard');
  const d = await getRegulatorDashboard(actor);
  const flagCount = d.concentration.flags.length;
  return (
    <div className="grid gap-6 lg:grid-cols-2" data-testid="regulator-dashboard">
      <Widget
        id="review"
        title="Review queue"
        count={d.reviewQueue.total}
        countLabel={d.reviewQueue.total === 1 ? 'submission waits for a decision' : 'submissions wait for a decision'}
        empty="Nothing is waiting for review. Evaluated submissions appear here as soon as a lab submits its evaluation; core products need approvals from two different regulators."
        action={{ href: '/review', label: 'Open the review queue' }}
      >
        {d.reviewQueue.items.map((s) => (
          <li key={s.id} className={itemClass} data-testid="dashboard-review-item">
            <Link href={`/submissions/${s.id}`} className={linkClass}>
              {s.product.name} {s.productVersion.version} · {s.vendor.name}
            </Link>
            <span className="text-slate-600">
              {segmentNames[s.segment]} · waiting <Age at={s.waitingSince} />
              {s.approvals.required > 1 ? ` · ${s.approvals.given}/${s.approvals.required} approvals` : ''}
            </span>
          </li>
        ))}
      </Widget>
      <Widget
        id="expiring"
        title={`Expiring within ${DASHBOARD_EXPIRY_DAYS} days`}
        count={d.expiring.total}
        countLabel={d.expiring.total === 1 ? 'valid certificate' : 'valid certificates'}
        empty={`No certificate expires in the next ${DASHBOARD_EXPIRY_DAYS} days; nothing to do now. Vendors renew by submitting the version for evaluation again.`}
        action={{ href: '/certificates?view=expiring', label: `All certificates expiring within ${EXPIRING_WITHIN_DAYS} days` }}
      >
        {d.expiring.items.map((c) => (
          <li key={c.id} className={itemClass} data-testid="dashboard-expiring-item">
            <Link href={`/certificates/${c.id}`} className={linkClass}>
              {c.label} · {c.vendorName}
            </Link>
            <span className="text-slate-600 tabular-nums">
              {c.daysLeft === 0 ? 'expires today' : `expires in ${c.daysLeft} day${c.daysLeft === 1 ? '' : 's'}`} (<time dateTime={c.expiresAt}>{c.expiresAt.slice(0, 10)}</time>)
            </span>
          </li>
        ))}
      </Widget>
      <Widget
        id="suspended"
        title="Suspended certificates"
        count={d.suspended.total}
        countLabel={d.suspended.total === 1 ? 'certificate is suspended' : 'certificates are suspended'}
        empty="No certificate is suspended. Suspend one from its certificate page while a critical vulnerability is investigated; reinstate or revoke it when the investigation ends."
        action={{ href: '/certificates', label: 'All certificates' }}
      >
        {d.suspended.items.map((c) => (
          <li key={c.id} className={itemClass} data-testid="dashboard-suspended-item">
            <Link href={`/certificates/${c.id}`} className={linkClass}>
              {c.label} · {c.vendorName}
            </Link>
            <span className="text-slate-600">{c.networkFunction}: decide to reinstate or revoke</span>
          </li>
        ))}
      </Widget>
      <Widget
        id="matches"
        title="Open advisory matches"
        count={d.affectedMatches.certificateCount}
        countLabel={`certificate${d.affectedMatches.certificateCount === 1 ? '' : 's'} with affected components (${formatCount(d.affectedMatches.total)} match${d.affectedMatches.total === 1 ? '' : 'es'})`}
        empty="No certified component is affected by an imported advisory. When an advisory matches a component of a certified SBOM and the vendor has not shown it unaffected or fixed, the certificate appears here."
        action={{ href: '/certificates', label: 'All certificates' }}
      >
        {d.affectedMatches.items.map((c) => (
          <li key={c.id} className={itemClass} data-testid="dashboard-matches-item">
            <Link href={`/certificates/${c.id}`} className={linkClass}>
              {c.label} · {c.vendorName}
            </Link>
            <span className="flex items-center gap-2 text-slate-600 tabular-nums">
              {formatCount(c.matches)} affected {c.matches === 1 ? 'match' : 'matches'}
              {c.activelyExploited ? <Badge tone="danger">Actively exploited</Badge> : null}
            </span>
          </li>
        ))}
      </Widget>
      <Widget
        id="concentration"
        title="Vendor concentration"
        count={flagCount}
        countLabel={`segment${flagCount === 1 ? ' or function' : 's or functions'} over a threshold, nationally`}
        empty={
          d.concentration.phaseOuts.length
            ? 'No segment or network function is over its threshold. The phase-outs under way are listed on the diversity page.'
            : 'No segment or network function is over its threshold. Check that the thresholds on the diversity page match national policy.'
        }
        action={{ href: '/diversity', label: 'Open vendor diversity' }}
      >
        {d.concentration.flags.map((f) => (
          <li key={`${f.segment}-${f.networkFunction ?? ''}`} className={itemClass} data-testid="dashboard-concentration-item">
            <Link href={`/diversity#segment-${f.segment}`} className={linkClass}>
              {segmentNames[f.segment]}
              {f.networkFunction ? ` · ${f.networkFunction}` : ' (whole segment)'}
            </Link>
            <span className="text-slate-600 tabular-nums">
              {flagsText(f.flags)}: {f.topVendor.vendorName} {Math.round(f.topVendor.percent * 10) / 10} %, HHI {formatCount(f.hhi)}
            </span>
          </li>
        ))}
      </Widget>
      {d.concentration.phaseOuts.length ? (
        <Card id="dashboard-phase-outs" title="Phase-outs under way" data-testid="dashboard-phase-outs">
          <ul className="divide-y divide-slate-100 text-sm">
            {d.concentration.phaseOuts.map((p) => (
              <li key={p.id} className={itemClass} data-testid="dashboard-phase-out">
                <Link href="/diversity#phase-outs" className={linkClass}>
                  {p.vendor.name} out of {segmentNames[p.segment]} by {p.deadline}
                </Link>
                <span className={p.state === 'overdue' ? 'font-semibold text-red-800' : 'text-slate-700'}>{p.text}</span>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}
