import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import type { Actor } from '@/lib/authz/actor';
import { getActor } from '@/lib/auth/get-actor';
import type { SbomSummary } from '@/lib/evidence/sbom/sbom-summary';
import { ServiceError } from '@/lib/errors';
import { getEvidence } from '@/lib/evidence/read-evidence';
import { requirePageActor } from '@/app/_components/auth/require-page-actor';
import { formatDateTime } from '@/app/_components/format/format-date-time';
import { Badge } from '@/app/_components/ui/badge';
import { buttonClasses } from '@/app/_components/ui/button-styles';
import { Card } from '@/app/_components/ui/card';
import { LinkButton } from '@/app/_components/ui/link-button';
import { PageHeader } from '@/app/_components/ui/page-header';
import { CopyHash } from '../../submissions/[id]/_components/copy-hash';
import { EVIDENCE_KIND_LABELS, VISIBILITY_LABELS } from '../../submissions/[id]/_components/evidence-kinds';
import { EvidenceIntegrityAlert, EvidenceIntegrityBadge } from '../../submissions/[id]/_components/evidence-integrity';
import { formatBytes } from '../../submissions/[id]/_components/format-bytes';
import { loadSubmission } from '../../submissions/[id]/_components/load-submission';
import { SbomComponents } from './_components/sbom-components';
import { SbomConformance } from './_components/sbom-conformance';
import { SbomFacts } from './_components/sbom-facts';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

const loadEvidence = cache(async (actor: Actor, id: string) => {
  try {
    return await getEvidence(actor, id);
  } catch (error) {
    if (error instanceof ServiceError && error.status === 404) return null;
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await getActor();
  const evidence = actor ? await loadEvidence(actor, (await params).id) : null;
  return { title: evidence ? evidence.filename : 'Evidence' };
}

const term = 'font-medium text-slate-600';

export default async function EvidencePage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePageActor(`/evidence/${id}`);
  const evidence = await loadEvidence(actor, id);
  if (!evidence) notFound();
  const submission = await loadSubmission(actor, evidence.submissionId);
  const uploader = [submission?.vendor, submission?.lab, { id: actor.orgId, name: actor.orgName }].find((o) => o?.id === evidence.uploaderOrgId);
  const sbom = evidence.sbom as SbomSummary | null;

  return (
    <>
      <PageHeader
        title={<span className="break-all" data-testid="evidence-title">{evidence.filename}</span>}
        description={submission ? `${EVIDENCE_KIND_LABELS[evidence.kind]} for ${submission.product.name} ${submission.productVersion.version}` : EVIDENCE_KIND_LABELS[evidence.kind]}
        actions={
          <>
            <LinkButton href={`/submissions/${evidence.submissionId}`} data-testid="evidence-submission-link">
              Back to the submission
            </LinkButton>
            <a href={`/api/v1/evidence/${evidence.id}/content`} download className={buttonClasses('primary')} data-testid="evidence-download">
              Download
            </a>
          </>
        }
      />
      <div className="space-y-6">
        <EvidenceIntegrityAlert integrity={evidence.integrity} />
        <Card id="file" title="File">
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]" data-testid="evidence-facts">
            <dt className={term}>Kind</dt>
            <dd>{EVIDENCE_KIND_LABELS[evidence.kind]}</dd>
            <dt className={term}>Media type</dt>
            <dd className="font-mono text-xs">{evidence.mediaType}</dd>
            <dt className={term}>Size</dt>
            <dd>
              {formatBytes(evidence.size)} ({evidence.size.toLocaleString('en-US')} bytes)
            </dd>
            <dt className={term}>SHA-256</dt>
            <dd className="space-y-1">
              <CopyHash hex={evidence.sha256} label="SHA-256 of the file" data-testid="evidence-sha256" />
              <code className="block font-mono text-xs break-all text-slate-600">{evidence.sha256}</code>
              <EvidenceIntegrityBadge integrity={evidence.integrity} />
            </dd>
            <dt className={term}>Visibility</dt>
            <dd>
              <Badge tone={evidence.visibility === 'certified' ? 'success' : 'neutral'}>{VISIBILITY_LABELS[evidence.visibility]}</Badge>
            </dd>
            <dt className={term}>Uploaded</dt>
            <dd>
              {formatDateTime(evidence.createdAt)} by {uploader?.name ?? 'another organisation'}
            </dd>
            <dt className={term}>Transparency log</dt>
            <dd>
              {evidence.logIndex === null ? '—' : (
                <Link href={`/log/entries/${evidence.logIndex}`} className="text-sky-800 underline underline-offset-2" data-testid="evidence-log-link">
                  log #{evidence.logIndex}
                </Link>
              )}
            </dd>
          </dl>
        </Card>
        {sbom ? (
          <Card id="sbom" title="Software bill of materials" description="Parsed when the file arrived; the stored file itself is what the SHA-256 covers.">
            <div className="space-y-5">
              <SbomFacts sbom={sbom} />
              <SbomComponents components={sbom.components ?? []} componentCount={sbom.componentCount} />
            </div>
          </Card>
        ) : null}
        {evidence.conformance ? (
          <Card
            id="conformance"
            title="SBOM conformance"
            description="Checked field by field against BSI TR-03183-2 v2.1 when the file arrived. Regulators can make conformance a condition of submitting."
          >
            <SbomConformance report={evidence.conformance} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
