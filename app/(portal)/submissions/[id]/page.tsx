import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getActor } from '@/lib/auth/get-actor';
import { config } from '@/lib/config';
import { getSubmissionHistory } from '@/lib/submissions/read-submission-history';
import { getResults } from '@/lib/results/read-results';
import { actionBlocks } from '@/lib/submissions/action-availability';
import { getSbomConformanceForSubmit } from '@/lib/submissions/sbom-conformance-for-submit';
import { getDecisionPanel } from '@/lib/submissions/read-decision-panel';
import type { SubmissionDetailDto } from '@/lib/submissions/submission-dto';
import { REQUIRED_APPROVALS } from '@/lib/workflow/decide-approval';
import type { SubmissionAction } from '@/lib/workflow/submission-actions';
import type { SubmissionState } from '@/lib/workflow/submission-states';
import { requirePageActor } from '@/app/_components/auth/require-page-actor';
import { Card } from '@/app/_components/ui/card';
import { PageHeader } from '@/app/_components/ui/page-header';
import { ActionPanel } from './_components/action-panel';
import { ApprovalsProgress } from './_components/approvals-progress';
import { CertificateCard } from './_components/certificate-card';
import { ChangeRequestNote } from './_components/change-request-note';
import { DecisionPanel } from './_components/decision-panel';
import { DecisionsList } from './_components/decisions-list';
import { EvidenceSection } from './_components/evidence-section';
import { historyForViewer } from './_components/history-for-viewer';
import { HistoryTimeline } from './_components/history-timeline';
import { loadSubmission } from './_components/load-submission';
import { nextStepFor } from './_components/next-step';
import { ResultsSummary } from './_components/results-summary';
import { SubmissionFacts } from './_components/submission-facts';
import { uploadableKinds } from './_components/upload-permission';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

const EVALUATED_STATES: readonly SubmissionState[] = ['in_evaluation', 'under_review', 'changes_requested', 'approved', 'rejected'];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await getActor();
  const s = actor ? await loadSubmission(actor, (await params).id) : null;
  return { title: s ? `${s.product.name} ${s.productVersion.version} · Submission` : 'Submission' };
}

/** Approvals of the current review round (four eyes for core products). */
function approvalsOf(s: SubmissionDetailDto, userId: string) {
  const approvals = s.decisions.filter((d) => d.kind === 'approve' && d.reviewRound === s.reviewRound);
  const segment = s.product.segment as keyof typeof REQUIRED_APPROVALS;
  return {
    given: approvals.length,
    required: REQUIRED_APPROVALS[segment] ?? 1,
    hasCurrentUserApproved: approvals.some((d) => d.regulatorUserId === userId),
  };
}

export default async function SubmissionPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePageActor(`/submissions/${id}`);
  const s = await loadSubmission(actor, id);
  if (!s) notFound();
  const showResults = s.evaluation.recorded > 0 || EVALUATED_STATES.includes(s.state);
  const [history, results] = await Promise.all([getSubmissionHistory(actor, s.id), showResults ? getResults(actor, s.id) : null]);
  const orgNames = new Map([[actor.orgId, actor.orgName], [s.vendor.id, s.vendor.name], ...(s.lab ? ([[s.lab.id, s.lab.name]] as const) : [])]);
  const approvals = approvalsOf(s, actor.userId);
  const showApprovals = s.product.segment === 'core' && s.state === 'under_review';
  const kinds = uploadableKinds(actor, s);
  const isDeciding = actor.orgKind === 'regulator' && s.state === 'under_review' && results !== null;
  const panel = isDeciding ? await getDecisionPanel(actor, s.id, results) : null;
  const sbomConformance = s.availableActions.includes('submit') ? await getSbomConformanceForSubmit(s) : undefined;
  const blocks = actionBlocks(actor, s, results, sbomConformance);
  const lastRequest = s.state === 'changes_requested' ? s.decisions.filter((d) => d.kind === 'request_changes').at(-1) : undefined;

  return (
    <>
      <PageHeader
        title={
          <span data-testid="submission-title">
            {s.product.name} {s.productVersion.version}
          </span>
        }
        description={`Submission to ${s.lab?.name ?? 'no lab yet'} under ${s.scheme}`}
      />
      <div className="space-y-6">
        <SubmissionFacts submission={s} />

        <Card id="next" title="What happens next" description={<span data-testid="next-step">{nextStepFor(actor.orgKind, s, approvals)}</span>}>
          <div className="space-y-4">
            {lastRequest?.reason ? <ChangeRequestNote reason={lastRequest.reason} at={lastRequest.createdAt} /> : null}
            {panel ? <DecisionPanel panel={panel} currentUserId={actor.userId} /> : null}
            {showApprovals ? <ApprovalsProgress {...approvals} hasCurrentUserApproved={actor.orgKind === 'regulator' && approvals.hasCurrentUserApproved} /> : null}
            {actor.orgKind === 'operator' ? null : (
              <ActionPanel
                submissionId={s.id}
                version={s.version}
                actions={s.availableActions as SubmissionAction[]}
                blocks={blocks}
                rationaleRequired={panel?.rationaleRequired ?? null}
                inconclusiveCount={results?.summary.inconclusive ?? 0}
                approveNote={
                  showApprovals
                    ? approvals.hasCurrentUserApproved
                      ? 'You have already approved in this review round; the second approval must come from a different regulator.'
                      : `Core product: this will be approval ${approvals.given + 1} of ${approvals.required}.`
                    : undefined
                }
              />
            )}
          </div>
        </Card>

        <EvidenceSection submission={s} orgNames={orgNames} kinds={kinds} maxBytes={config().maxUploadBytes} />

        {results ? (
          <Card id="results" title="Test results" description="One result per applicable SCAS test case; failures first.">
            <ResultsSummary submissionId={s.id} results={results} />
          </Card>
        ) : null}

        {s.decisions.length ? (
          <Card id="decisions" title="Decisions">
            <DecisionsList decisions={s.decisions} currentUserId={actor.userId} />
          </Card>
        ) : null}

        {s.certificate ? <CertificateCard certificate={s.certificate} /> : null}

        <Card
          id="history"
          title="History"
          description="Every step is an entry in the transparency log; open one to see and verify its inclusion proof."
        >
          <HistoryTimeline
            events={historyForViewer(history, actor, new Set(s.evidence.map((e) => e.id)))}
            orgNames={orgNames}
            currentUserId={actor.userId}
          />
        </Card>
      </div>
    </>
  );
}
