import Link from 'next/link';
import type { ApprovedComponentDetailDto } from '@/lib/approved-components/approved-component-dto';
import { SbomComponentTable } from '@/app/_components/sbom/sbom-component-table';

const SHOWN = 25;

/** The certified SBOM's components (the first 25 here; all listed ones on the evidence page). */
export function SbomTable({ sbom }: { sbom: NonNullable<ApprovedComponentDetailDto['sbom']> }) {
  const shown = sbom.components.slice(0, SHOWN);
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">
        {sbom.filename}: {sbom.format === 'cyclonedx' ? 'CycloneDX' : 'SPDX'} {sbom.specVersion}, {sbom.componentCount.toLocaleString('en-US')} components
        {shown.length < sbom.componentCount ? ` (the first ${shown.length} are listed here)` : ''}.{' '}
        <Link href={`/evidence/${sbom.evidenceId}`} className="text-sky-800 underline underline-offset-2">
          Search all components
        </Link>
      </p>
      <SbomComponentTable components={shown} caption="SBOM components" testId="component-sbom" />
    </div>
  );
}
