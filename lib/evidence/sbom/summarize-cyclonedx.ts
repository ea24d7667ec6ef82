import { Vulnerability } from '@cyclonedx/cyclonedx-library/Enums';
import { SpecVersionDict } from '@cyclonedx/cyclonedx-library/Spec';
import { z } from 'zod';
import { EvidenceError } from '../errors';
import { describeIssues } from './describe-issues';
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
});

/**
 * Summarises a parsed CycloneDX JSON document. Counts every component in
 * `components`, nested `component.components` included, but not
 * `metadata.component`: that is the product the SBOM describes, not one of
 * its parts. Throws `sbom_unsupported_version` for versions before 1.2 and
 * `sbom_malformed` naming the first offending paths.
 */
export function summarizeCycloneDx(document: Record<string, unknown>): CycloneDxSummary {
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
  const { components, componentCount } = flattenComponents(parsed.data.components ?? []);
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
  return summary;
}

// Iterative, depth-first in document order, so nesting depth costs no stack.
function flattenComponents(roots: unknown[]): { components: SbomComponent[]; componentCount: number } {
  const components: SbomComponent[] = [];
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
    if (components.length < MAX_LISTED_COMPONENTS) components.push(toComponent(parsed.data));
    if (parsed.data.components) pushChildren(parsed.data.components, [...path, 'components']);
  }
  return { components, componentCount };
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
