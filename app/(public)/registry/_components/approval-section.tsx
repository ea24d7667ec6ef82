import Link from 'next/link';
import type { CertificateApprovalDto } from '@/lib/registry/certificate-approval';
import { formatDateTime } from '@/app/_components/format/format-date-time';

/** The conditions a certificate is valid under, and why each regulator approved it. */
export function ApprovalSection({ approval }: { approval: CertificateApprovalDto }) {
  const withRationale = approval.approvals.filter((a) => a.rationale);
  return (
    <div className="space-y-4 text-sm" data-testid="certificate-approval">
      <div>
        <h3 className="font-semibold text-slate-900">Conditions</h3>
        {approval.conditions.length ? (
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-slate-800" data-testid="certificate-conditions">
            {approval.conditions.map((c) => (
              <li key={c} data-testid="certificate-condition">
                {c}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-slate-700" data-testid="certificate-no-conditions">
            None: the certificate is not limited to a configuration.
          </p>
        )}
      </div>
      <div>
        <h3 className="font-semibold text-slate-900">Regulators’ rationale</h3>
        {withRationale.length ? (
          <ul className="mt-1 space-y-2">
            {withRationale.map((a) => (
              <li key={`${a.at}-${a.logIndex}`} className="rounded-md border border-slate-200 p-3" data-testid="certificate-rationale">
                <p className="whitespace-pre-line text-slate-800">{a.rationale}</p>
                <p className="mt-1 text-xs text-slate-600">
                  Approved <time dateTime={a.at}>{formatDateTime(a.at)}</time>
                  {a.logIndex !== null ? (
                    <>
                      {' · '}
                      <Link href={`/log/entries/${a.logIndex}`} className="text-sky-800 underline underline-offset-2">
                        log #{a.logIndex}
                      </Link>
                    </>
                  ) : null}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-slate-700">The evaluation had no failed or inconclusive test case or open advisory match, so no rationale was required.</p>
        )}
      </div>
    </div>
  );
}
