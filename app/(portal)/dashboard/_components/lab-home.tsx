import Link from 'next/link';
import type { ReactNode } from 'react';
import type { AccreditationDto } from '@/lib/dto/organization';
import { listAssignments } from '@/lib/submissions/read-assignments';
import { requirePageActor } from '@/app/_components/auth/require-page-actor';
import { AccreditationTable } from '@/app/_components/org/accreditation-table';
import { Card } from '@/app/_components/ui/card';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { LinkButton } from '@/app/_components/ui/link-button';
import { Age } from '../../review/_components/age';

function Tile({ href, label, count, detail, testId }: { href: string; label: string; count: number; detail?: ReactNode; testId: string }) {
  return (
    <Link
      href={href}
      className="block rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-sky-300 hover:bg-sky-50/40"
      data-testid={testId}
    >
      <span className="block text-sm font-medium text-slate-700">{label}</span>
      <span className="mt-1 block text-3xl font-semibold text-slate-900 tabular-nums" data-testid={`${testId}-count`}>
        {count}
      </span>
      {detail ? <span className="mt-1 block text-xs text-slate-600">{detail}</span> : null}
    </Link>
  );
}

export async function LabHome({ accreditations }: { accreditations: readonly AccreditationDto[] }) {
  const actor = await requirePageActor('/dashboard');
  const awaiting = await listAssignments(actor, { state: 'submitted', limit: 1 });
  const { counts } = awaiting;
  const oldest = awaiting.items[0];
  return (
    <div className="space-y-6">
      {counts.all === 0 ? (
        <EmptyState
          title="No assignments yet — vendors choose you when they submit"
          body="When a vendor submits a product version to your lab, it appears here to accept or decline. You can only take work inside a valid accreditation that covers the product's network function."
          data-testid="dashboard-empty-lab"
        />
      ) : (
        <Card
          id="assignments"
          title="Your assignments"
          actions={<LinkButton href="/assignments" size="sm">All assignments</LinkButton>}
          data-testid="dashboard-lab-assignments"
        >
          <div className="grid gap-4 sm:grid-cols-3">
            <Tile
              href="/assignments?state=submitted"
              label="Awaiting your decision"
              count={counts.submitted}
              detail={oldest?.submittedAt ? <>Oldest submitted <Age at={oldest.submittedAt} /> ago</> : 'Nothing to accept or decline'}
              testId="dashboard-lab-awaiting"
            />
            <Tile
              href="/assignments?state=in_evaluation"
              label="In evaluation"
              count={counts.in_evaluation}
              detail={counts.in_evaluation ? 'Record results and submit the evaluation' : 'No evaluation in progress'}
              testId="dashboard-lab-in-evaluation"
            />
            <Tile
              href="/assignments?state=under_review"
              label="Under review"
              count={counts.under_review}
              detail="Waiting for the regulators"
              testId="dashboard-lab-under-review"
            />
          </div>
        </Card>
      )}
      <Card id="accreditations" title="Your accreditations" description="What your lab may evaluate, and until when.">
        {accreditations.length ? (
          <AccreditationTable caption="Accreditations of your lab" captionHidden accreditations={accreditations} />
        ) : (
          <EmptyState
            headingLevel={3}
            title="No accreditation recorded"
            body="Without a valid accreditation your lab cannot accept assignments. Ask a platform administrator to record the accreditation your lab holds."
            data-testid="accreditations-empty"
          />
        )}
      </Card>
    </div>
  );
}
