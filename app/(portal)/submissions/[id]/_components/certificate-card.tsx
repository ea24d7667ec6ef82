import type { SubmissionCertificateDto } from '@/lib/submissions/submission-dto';
import { formatDateTime } from '@/app/_components/format/format-date-time';
import { Card } from '@/app/_components/ui/card';
import { LinkButton } from '@/app/_components/ui/link-button';
import { CertificateStatusBadge } from './certificate-status-badge';

export function CertificateCard({ certificate }: { certificate: SubmissionCertificateDto }) {
  return (
    <Card
      id="certificate"
      title="Certificate"
      description="Listed in the public registry, where anyone can check its status."
      actions={
        <LinkButton href={`/certificates/${certificate.id}`} size="sm" data-testid="certificate-link">
          Open the certificate
        </LinkButton>
      }
      data-testid="certificate-card"
    >
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium text-slate-600">Status</dt>
        <dd>
          <CertificateStatusBadge status={certificate.status} data-testid="certificate-status" />
        </dd>
        <dt className="font-medium text-slate-600">Scheme</dt>
        <dd>{certificate.scheme}</dd>
        <dt className="font-medium text-slate-600">Issued</dt>
        <dd data-testid="certificate-issued">{formatDateTime(certificate.issuedAt)}</dd>
        <dt className="font-medium text-slate-600">Expires</dt>
        <dd data-testid="certificate-expires">{formatDateTime(certificate.expiresAt)}</dd>
        <dt className="font-medium text-slate-600">Certificate id</dt>
        <dd className="font-mono text-xs break-all">{certificate.id}</dd>
      </dl>
    </Card>
  );
}
