import type { SbomSummary } from '@/lib/evidence/sbom/sbom-summary';

const FORMAT_LABELS = { cyclonedx: 'CycloneDX', spdx: 'SPDX' } as const;

export function SbomFacts({ sbom }: { sbom: SbomSummary }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]" data-testid="sbom-facts">
      <dt className="font-medium text-slate-600">Format</dt>
      <dd data-testid="sbom-format">
        {FORMAT_LABELS[sbom.format] ?? sbom.format} {sbom.specVersion}
      </dd>
      <dt className="font-medium text-slate-600">Components</dt>
      <dd data-testid="sbom-component-count">{sbom.componentCount.toLocaleString('en-US')}</dd>
      {sbom.format === 'cyclonedx' ? (
        <>
          <dt className="font-medium text-slate-600">Serial number</dt>
          <dd className="font-mono text-xs break-all">{sbom.serialNumber ?? '—'}</dd>
          {sbom.vulnerabilityCount !== undefined ? (
            <>
              <dt className="font-medium text-slate-600">Vulnerabilities (VEX)</dt>
              <dd data-testid="sbom-vulnerability-count">{sbom.vulnerabilityCount}</dd>
            </>
          ) : null}
        </>
      ) : (
        <>
          <dt className="font-medium text-slate-600">Document namespace</dt>
          <dd className="font-mono text-xs break-all">{sbom.documentNamespace}</dd>
        </>
      )}
    </dl>
  );
}
