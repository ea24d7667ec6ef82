import { Vulnerability } from '@cyclonedx/cyclonedx-library/Enums';
import { SpecVersionDict } from '@cyclonedx/cyclonedx-library/Spec';
import { z } from 'zod';
import { EvidenceError } from '../errors';
import { contactsIn } from './contact';
import { describeIssues } from './describe-issues';
import type { FormatReading, SbomComponentFacts } from './sbom-analysis';
import {
  MAX_LISTED_COMPONENTS,
  type CycloneDxSummary,
  type SbomComponent,
  type SbomVulnerability,
} from './sbom-summary';

/** CycloneDX versions whose JSON we read: those the CycloneDX library implements (1.2 and later). */
export const SUPPORTED_CYCLONEDX_VERSIONS: readonly string[] = Object.keys(SpecVersionDict).sort((a, b) =>
  a.localeCompare(b, 'en', { numeric: true }),
);

const licenseChoiceSchema = z.union([
  z.object({
    license: z.union([z.object({ id: z.string().min(1) }), z.object({ name: z.string().min(1) })]),
  }),
  z.object({ expression: z.string().min(1) }),
]);

const componentSchema = z.object({
  name: z.string(),
  version: z.string().optional(),
  purl: z.string().optional(),
  licenses: z.array(licenseChoiceSchema).optional(),
  components: z.array(z.unknown()).optional(),
  'bom-ref': z.string().optional(),
  cpe: z.string().optional(),
  hashes: z.array(z.looseObject({ alg: z.string(), content: z.string() })).optional(),
  properties: z.array(z.looseObject({ name: z.string(), value: z.string().optional() })).optional(),
  // Creator fields vary by version (author text, authors, supplier, manufacturer): read loosely.
  author: z.unknown().optional(),
  authors: z.unknown().optional(),
  supplier: z.unknown().optional(),
  manufacturer: z.unknown().optional(),
});

const vulnerabilitySchema = z.object({
  id: z.string().optional(),
  analysis: z.object({ state: z.enum(Vulnerability.AnalysisState).optional() }).optional(),
  affects: z.array(z.object({ ref: z.string() })).optional(),
});

const documentSchema = z.object({
  bomFormat: z.literal('CycloneDX'),
  specVersion: z.string(),
  serialNumber: z.string().optional(),
  components: z.array(z.unknown()).optional(),
  vulnerabilities: z.array(vulnerabilitySchema).optional(),
  metadata: z
    .looseObject({
      timestamp: z.string().optional(),
      component: z.looseObject({ name: z.string() }).optional(),
      authors: z.unknown().optional(),
      manufacture: z.unknown().optional(),
      manufacturer: z.unknown().optional(),
      supplier: z.unknown().optional(),
    })
    .optional(),
  dependencies: z.array(z.looseObject({ ref: z.string() })).optional(),
});

const FILENAME_PROPERTY = 'bsi:component:filename';

/**
 * Summarises a parsed CycloneDX JSON document. Counts every component in
 * `components`, nested `component.components` included, but not
 * `metadata.component`: that is the product the SBOM describes, not one of
 * its parts. Throws `sbom_unsupported_version` for versions before 1.2 and
 * `sbom_malformed` naming the first offending paths. Also gives every component (not only the
 * listed ones) and the document facts the conformance check reads.
 */
export function readCycloneDx(document: Record<string, unknown>): FormatReading {
  const specVersion = document.specVersion;
  if (typeof specVersion !== 'string') throw malformed('specVersion: expected a string such as "1.6"');
  if (!SUPPORTED_CYCLONEDX_VERSIONS.includes(specVersion)) {
    throw new EvidenceError(
      'sbom_unsupported_version',
      `CycloneDX ${specVersion} is not supported; supported versions are ${SUPPORTED_CYCLONEDX_VERSIONS.join(', ')}.`,
    );
  }
  const parsed = documentSchema.safeParse(document);
  if (!parsed.success) throw malformed(describeIssues(parsed.error.issues));
  const dependencyRefs = new Set((parsed.data.dependencies ?? []).map((d) => d.ref));
  const { components, componentCount, facts } = flattenComponents(parsed.data.components ?? [], dependencyRefs);
  const summary: CycloneDxSummary = {
    format: 'cyclonedx',
    specVersion,
    serialNumber: parsed.data.serialNumber ?? null,
    componentCount,
    components,
  };
  const vulnerabilities = parsed.data.vulnerabilities;
  if (vulnerabilities) {
    summary.vulnerabilityCount = vulnerabilities.length;
    summary.vulnerabilities = vulnerabilities.slice(0, MAX_LISTED_COMPONENTS).map(
      (vulnerability): SbomVulnerability => ({
        id: vulnerability.id ?? null,
        analysisState: vulnerability.analysis?.state ?? null,
        affects: (vulnerability.affects ?? []).map((affected) => affected.ref),
      }),
    );
  }
  const metadata = parsed.data.metadata;
  return {
    summary,
    components: facts,
    document: {
      format: 'cyclonedx',
      specVersion,
      creatorContacts: contactsIn(metadata?.manufacturer, metadata?.manufacture, metadata?.supplier, metadata?.authors),
      timestamp: metadata?.timestamp ?? null,
      topLevelComponent: metadata?.component?.name ?? null,
    },
  };
}

// Iterative, depth-first in document order, so nesting depth costs no stack.
function flattenComponents(
  roots: unknown[],
  dependencyRefs: ReadonlySet<string>,
): { components: SbomComponent[]; componentCount: number; facts: SbomComponentFacts[] } {
  const components: SbomComponent[] = [];
  const facts: SbomComponentFacts[] = [];
  let componentCount = 0;
  const stack: Array<{ value: unknown; path: PropertyKey[] }> = [];
  const pushChildren = (children: unknown[], parentPath: PropertyKey[]) => {
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push({ value: children[i], path: [...parentPath, i] });
    }
  };
  pushChildren(roots, ['components']);
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    const parsed = componentSchema.safeParse(value);
    if (!parsed.success) throw malformed(describeIssues(parsed.error.issues, path));
    componentCount++;
    const component = toComponent(parsed.data);
    if (components.length < MAX_LISTED_COMPONENTS) components.push(component);
    facts.push(toFacts(parsed.data, component, dependencyRefs));
    if (parsed.data.components) pushChildren(parsed.data.components, [...path, 'components']);
  }
  return { components, componentCount, facts };
}

function toFacts(
  parsed: z.infer<typeof componentSchema>,
  component: SbomComponent,
  dependencyRefs: ReadonlySet<string>,
): SbomComponentFacts {
  const ref = parsed['bom-ref'];
  return {
    ...component,
    cpe: parsed.cpe ?? null,
    hasCreatorContact: contactsIn(parsed.manufacturer, parsed.supplier, parsed.authors, parsed.author).length > 0,
    filename: parsed.properties?.find((p) => p.name === FILENAME_PROPERTY)?.value ?? null,
    hasSha512: (parsed.hashes ?? []).some((h) => h.alg === 'SHA-512'),
    hasDependencyEntry: ref !== undefined && dependencyRefs.has(ref),
  };
}

function toComponent(component: z.infer<typeof componentSchema>): SbomComponent {
  return {
    name: component.name,
    version: component.version ?? null,
    purl: component.purl ?? null,
    licenses: [
      ...new Set(
        (component.licenses ?? []).map((choice) =>
          'expression' in choice ? choice.expression : 'id' in choice.license ? choice.license.id : choice.license.name,
        ),
      ),
    ],
  };
}

function malformed(reason: string): EvidenceError {
  return new EvidenceError('sbom_malformed', `Not a valid CycloneDX document: ${reason}`);
}
