import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { can } from '@/lib/authz/permissions';
import { ServiceError } from '@/lib/errors';
import { getDiversity } from '@/lib/diversity/read-diversity';
import { getDiversityTrend } from '@/lib/diversity/read-trend';
import { requirePageActor } from '@/app/_components/auth/require-page-actor';
import { Alert } from '@/app/_components/ui/alert';
import { Card } from '@/app/_components/ui/card';
import { LinkButton } from '@/app/_components/ui/link-button';
import { PageHeader } from '@/app/_components/ui/page-header';
import { unitsText } from '../components/_components/labels';
import { paramText, type SearchParams } from '../components/_components/search-params';
import { FlaggedTable } from './_components/flagged-table';
import { OperatorSelect } from './_components/operator-select';
import { PhaseOutsCard } from './_components/phase-outs-card';
import { SegmentCard } from './_components/segment-card';
import { TrendCard } from './_components/trend-card';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Vendor diversity' };

export default async function DiversityPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor('/diversity');
  if (actor.orgKind !== 'operator' && actor.orgKind !== 'regulator') notFound();
  const operator = actor.orgKind === 'regulator' ? paramText(await searchParams, 'operator') : '';
  const query = operator ? { operator } : {};
  const refused = (error: unknown) => {
    if (error instanceof ServiceError && error.status === 403) notFound();
    if (error instanceof ServiceError && (error.status === 400 || error.status === 404)) return null;
    throw error;
  };
  const [diversity, trend] = await Promise.all([getDiversity(actor, query).catch(refused), getDiversityTrend(actor, query).catch(refused)]);
  if (!diversity || !trend) {
    return (
      <>
        <PageHeader title="Vendor diversity" />
        <Alert tone="error" title="There is no such operator." data-testid="diversity-unknown-operator">
          <LinkButton href="/diversity" size="sm" className="mt-2">
            Show all operators
          </LinkButton>
        </Alert>
      </>
    );
  }
  const isAll = actor.orgKind === 'regulator' && !diversity.scope.operator;
  const whose = actor.orgKind === 'operator' ? 'your network' : isAll ? 'all operators together' : diversity.scope.operator!.name;
  const canEditPolicy = can(actor, 'diversity.policy');
  const vendors = [...new Map(diversity.segments.flatMap((s) => s.vendors.map((v) => [v.vendorId, { id: v.vendorId, name: v.vendorName }] as const))).values()].sort(
    (a, b) => a.name.localeCompare(b.name),
  );
  const thresholds = Object.fromEntries(diversity.segments.map((s) => [s.segment, s.threshold])) as Parameters<typeof TrendCard>[0]['thresholds'];

  return (
    <>
      <PageHeader
        title="Vendor diversity"
        description={`Each vendor's share of the deployed units per network segment and network function, for ${whose}, with the Herfindahl–Hirschman index (HHI, 0–10 000). A segment or function is flagged when one vendor holds more than the segment's share threshold or its HHI is over the HHI threshold; so is every deployed version without a valid certificate.`}
        actions={actor.orgKind === 'operator' ? <LinkButton href="/deployments">Edit deployments</LinkButton> : null}
      />
      <div className="space-y-6">
        {diversity.operators ? <OperatorSelect operators={diversity.operators} current={diversity.scope.operator?.id ?? ''} /> : null}
        <p className="text-sm text-slate-700" data-testid="diversity-summary">
          {unitsText(diversity.totalUnits)} deployed
          {diversity.flaggedCount
            ? `; ${diversity.flaggedCount} deployed version${diversity.flaggedCount === 1 ? ' has' : 's have'} no valid certificate`
            : ''}
          .
        </p>
        {diversity.segments.map((segment) => (
          <SegmentCard key={segment.segment} segment={segment} isAllOperators={isAll} canEditPolicy={canEditPolicy} />
        ))}
        <PhaseOutsCard phaseOuts={diversity.phaseOuts} canEditPolicy={canEditPolicy} vendors={vendors} today={new Date().toISOString().slice(0, 10)} whose={whose} />
        <TrendCard trend={trend} thresholds={thresholds} />
        <Card id="flagged" title="Deployed versions without a valid certificate" description="Certificate suspended, revoked or expired, or the version was never certified.">
          <FlaggedTable segments={diversity.segments} showOperator={isAll} />
        </Card>
      </div>
    </>
  );
}
