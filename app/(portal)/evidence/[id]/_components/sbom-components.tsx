'use client';

import { useDeferredValue, useState } from 'react';
import type { SbomComponent } from '@/lib/evidence/sbom/sbom-summary';
import { SbomComponentTable } from '@/app/_components/sbom/sbom-component-table';
import { TextInput } from '@/app/_components/ui/text-input';

type Props = { components: readonly SbomComponent[]; componentCount: number };

function matches(c: SbomComponent, needle: string): boolean {
  return [c.name, c.version ?? '', c.purl ?? '', ...c.licenses].some((v) => v.toLowerCase().includes(needle));
}

/** The SBOM's components with a filter over name, version, purl and licences (in the browser). */
export function SbomComponents({ components, componentCount }: Props) {
  const [query, setQuery] = useState('');
  const needle = useDeferredValue(query.trim().toLowerCase());
  const shown = needle ? components.filter((c) => matches(c, needle)) : components;
  const listedNote = components.length < componentCount ? ` The first ${components.length} of ${componentCount} components are listed; download the file for all.` : '';
  return (
    <div className="space-y-3">
      <div className="max-w-sm">
        <TextInput
          id="sbom-filter"
          type="search"
          label="Filter components"
          hint="Name, version, package URL or licence."
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          autoComplete="off"
          data-testid="sbom-filter"
        />
      </div>
      <p role="status" aria-live="polite" className="text-sm text-slate-700" data-testid="sbom-filter-count">
        {needle ? `${shown.length} of ${components.length} listed components match.` : `${components.length} components listed.`}
        {listedNote}
      </p>
      {shown.length ? (
        <SbomComponentTable components={shown} caption="Components of this SBOM" testId="sbom-components" rowTestId="sbom-component" />
      ) : (
        <p className="text-sm text-slate-600">No listed component matches “{query}”.</p>
      )}
    </div>
  );
}
