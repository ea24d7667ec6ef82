import type { SbomComponent } from '@/lib/evidence/sbom/sbom-summary';
import { Table, TBody, Td, Th, THead } from '@/app/_components/ui/data-table';

type Props = { components: readonly SbomComponent[]; caption: string; testId: string; rowTestId?: string };

/** SBOM components: name, version, package URL and licences, one row each. */
export function SbomComponentTable({ components, caption, testId, rowTestId }: Props) {
  return (
    <Table caption={caption} captionHidden data-testid={testId}>
      <THead>
        <tr>
          <Th>Name</Th>
          <Th>Version</Th>
          <Th>Package URL</Th>
          <Th>Licences</Th>
        </tr>
      </THead>
      <TBody>
        {components.map((c, i) => (
          <tr key={`${c.purl ?? c.name}-${i}`} data-testid={rowTestId}>
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
  );
}
