import type { RegistrySbomDto } from '@/lib/registry/registry-dto';
import { CopyButton } from './copy-button';

const FORMAT_LABELS: Record<string, string> = { cyclonedx: 'CycloneDX', spdx: 'SPDX' };

/** The SHA-256 of each SBOM released with the certificate: compare it with the file the vendor gave you. */
export function SbomList({ sboms }: { sboms: RegistrySbomDto[] }) {
  if (sboms.length === 0) {
    return (
      <p className="text-sm text-slate-600" data-testid="certificate-no-sbom">
        No SBOM was released with this certificate.
      </p>
    );
  }
  return (
    <ul className="space-y-4" data-testid="certificate-sboms">
      {sboms.map((sbom, i) => (
        <li key={`${sbom.sha256}-${i}`} className="space-y-1">
          <p className="text-sm text-slate-700">
            {sbom.format ? (FORMAT_LABELS[sbom.format] ?? sbom.format) : 'SBOM'}
            {sbom.componentCount !== null ? `, ${sbom.componentCount.toLocaleString('en-US')} components` : ''}
          </p>
          <div className="flex flex-wrap items-center gap-2">
            <code className="rounded bg-slate-100 px-2 py-1 font-mono text-xs break-all text-slate-900" data-testid="certificate-sbom-sha256">
              sha256:{sbom.sha256}
            </code>
            <CopyButton text={sbom.sha256} label="Copy the SBOM's SHA-256 digest" />
          </div>
        </li>
      ))}
    </ul>
  );
}
