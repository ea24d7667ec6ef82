import { countKnownVulnerabilities } from '@/lib/matching/read-monitoring';
import { Card } from '@/app/_components/ui/card';

/** "Known vulnerabilities: N affected, M not affected (VEX)" from the advisory matches of the certified version, with its VEX documents. */
export async function KnownVulnerabilities({ certificateId }: { certificateId: string }) {
  const counts = await countKnownVulnerabilities(certificateId);
  if (!counts) return null;
  const base = `/api/v1/certificates/${certificateId}`;
  return (
    <Card id="known-vulnerabilities" title="Known vulnerabilities" description="From advisories matched against the certified SBOM; the vendor’s VEX statements and regulators’ decisions set each state.">
      <p className="text-sm text-slate-900" data-testid="known-vulnerabilities">
        Known vulnerabilities: <strong>{counts.affected} affected</strong>, {counts.not_affected} not affected (VEX)
        {counts.fixed ? `, ${counts.fixed} fixed` : ''}
        {counts.under_investigation ? `, ${counts.under_investigation} under investigation` : ''}
      </p>
      <p className="mt-2 text-sm">
        VEX documents:{' '}
        <a className="text-sky-800 underline" href={`${base}/vex.cdx.json`}>
          CycloneDX
        </a>{' '}
        ·{' '}
        <a className="text-sky-800 underline" href={`${base}/vex.csaf.json`}>
          CSAF
        </a>{' '}
        ·{' '}
        <a className="text-sky-800 underline" href="/api/v1/registry/vex-feed.json">
          ROLIE feed
        </a>
      </p>
    </Card>
  );
}
