import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import { ServiceError } from '@/lib/errors';
import { getResults } from '@/lib/results/read-results';
import { getSubmission } from '@/lib/submissions/read-submissions';
import { idParamSchema } from '@/lib/validation/common';
import { requirePageActor } from '@/app/_components/auth/require-page-actor';
import { getQueryClient } from '@/app/_components/query-client';
import { LinkButton } from '@/app/_components/ui/link-button';
import { PageHeader } from '@/app/_components/ui/page-header';
import { SubmissionStateBadge } from '../../../assignments/_components/submission-state-badge';
import { resultsKeys } from './_components/results-api';
import { ResultsWorkspace } from './_components/results-workspace';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Test results' };

type Props = { params: Promise<{ id: string }> };

/** Evidence a result can point at: the lab's test reports and other supporting files. */
const LINKABLE_KINDS = new Set(['test_report', 'other']);

export default async function ResultsPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePageActor(`/submissions/${id}/results`);
  if (!idParamSchema.safeParse({ id }).success) notFound();
  const [results, submission] = await Promise.all([getResults(actor, id), getSubmission(actor, id)]).catch((error: unknown) => {
    if (error instanceof ServiceError && error.status === 404) notFound();
    throw error;
  });

  const isAssignedLab = actor.orgKind === 'lab' && submission.lab?.id === actor.orgId;
  const evidenceOptions = submission.evidence.filter((e) => LINKABLE_KINDS.has(e.kind)).map((e) => ({ id: e.id, filename: e.filename }));
  const evidenceNames = Object.fromEntries(submission.evidence.map((e) => [e.id, e.filename]));
  const report = isAssignedLab ? submission.evidence.filter((e) => e.kind === 'evaluation_report' && e.uploaderOrgId === actor.orgId).at(-1) : undefined;

  const queryClient = getQueryClient();
  queryClient.setQueryData(resultsKeys.detail(id), results);

  return (
    <>
      <PageHeader
        title={
          <span data-testid="results-title">
            Test results: {submission.product.name} {submission.productVersion.version}
          </span>
        }
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <span>
              {submission.vendor.name} · {submission.product.networkFunction}
              {submission.product.isVirtualized ? ' (virtualized)' : ''} · evaluated by {submission.lab?.name ?? 'no lab'}
            </span>
            <SubmissionStateBadge state={submission.state} testId="results-state" />
          </span>
        }
        actions={
          <LinkButton href={`/submissions/${id}`} data-testid="results-back">
            Back to the submission
          </LinkButton>
        }
      />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <ResultsWorkspace
          submissionId={id}
          isAssignedLab={isAssignedLab}
          evidenceOptions={evidenceOptions}
          evidenceNames={evidenceNames}
          report={report ? { filename: report.filename, createdAt: report.createdAt } : null}
        />
      </HydrationBoundary>
    </>
  );
}
