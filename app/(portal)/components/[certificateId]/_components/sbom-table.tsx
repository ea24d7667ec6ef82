import Link from 'next/link';
import type { ApprovedComponentDetailDto } from '@/lib/services/approved-components';
import { Table, TBody, Td, Th, THead } from '@/app/_components/ui/data-table';

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
      <Table caption="SBOM components" captionHidden data-testid="component-sbom">
        <THead>
          <tr>
            <Th>Name</Th>
            <Th>Version</Th>
            <Th>Package URL</Th>
            <Th>Licences</Th>
          </tr>
        </THead>
        <TBody>
          {shown.map((c, i) => (
            <tr key={`${c.purl ?? c.name}-${i}`}>
              <Th scope="row" className="break-all">
                {c.name}
              </Th>
              <Td className="whitespace-nowrap">{c.version ?? '—'}</Td>
              <Td className="font-mono text-xs break-all">{c.purl ?? '—'}</Td>
              <Td>{c.licenses.length ? c.licenses.join(', ') : '—'}</Td>
            </tr>
          ))}
        </TBody>
      </Table>
    </div>
  );
}
