import type { ConformanceCheck, SbomConformanceReport } from './conformance-model';
import type { SbomComponentFacts, SbomDocumentFacts } from './sbom-analysis';

/** The lowest versions TR-03183-2 v2.1 §4 accepts. */
const MIN_VERSION = { cyclonedx: '1.6', spdx: '3.0.1' } as const;

/**
 * Checks an SBOM against BSI TR-03183-2 v2.1 field by field (§4 format, §5.2.1 SBOM fields, §5.2.2
 * component fields). What is checked, per component unless said otherwise:
 * - `format-version`: CycloneDX ≥ 1.6 or SPDX ≥ 3.0.1 (SPDX 2.x is no longer accepted by v2.1);
 * - `sbom-creator`: an email address or URL of whoever made the SBOM (CycloneDX
 *   `metadata.manufacturer`/`supplier`/`authors`, SPDX `creationInfo`);
 * - `timestamp`: when the SBOM was made;
 * - `top-level-component`: the primary component (CycloneDX `metadata.component`, SPDX the described / root element);
 * - `component-creator`: each component's creator with an email address or URL;
 * - `component-name`, `component-version`;
 * - `component-filename`: the component's file name (CycloneDX property `bsi:component:filename`,
 *   SPDX 2 `packageFileName`, SPDX 3 a `hasDistributionArtifact` file);
 * - `component-hash`: a SHA-512 hash of the component (the TR asks for the SHA-512 of the deployable form);
 * - `unique-identifier`: a purl or a CPE that names a product (no `*` vendor or product);
 * - `dependencies`: every component appears in the dependency graph (CycloneDX `dependencies[].ref`,
 *   SPDX dependency/containment relationships);
 * - `licences`: each component's distribution licence (SPDX id or expression).
 * Not checked (they need more than the SBOM text or are not machine-decidable here): the executable,
 * archive and structured properties, the effective licence, source-code and deployable-form URIs,
 * and the `security.txt` URL.
 */
export function checkConformance(document: SbomDocumentFacts, components: readonly SbomComponentFacts[]): SbomConformanceReport {
  const minimum = MIN_VERSION[document.format];
  const formatName = document.format === 'cyclonedx' ? 'CycloneDX' : 'SPDX';
  const isRecentEnough = compareDotted(document.specVersion, minimum) >= 0;
  const checks: ConformanceCheck[] = [
    {
      id: 'format-version',
      requirement: 'CycloneDX 1.6 or later, or SPDX 3.0.1 or later',
      passed: isRecentEnough,
      detail: isRecentEnough ? `${formatName} ${document.specVersion}` : `${formatName} ${document.specVersion} is older than ${formatName} ${minimum}`,
    },
    {
      id: 'sbom-creator',
      requirement: 'The creator of the SBOM with an email address or URL',
      passed: document.creatorContacts.length > 0,
      detail: document.creatorContacts.length > 0 ? document.creatorContacts.slice(0, 3).join(', ') : 'No email address or URL of the SBOM creator',
    },
    {
      id: 'timestamp',
      requirement: 'The date and time the SBOM was made',
      passed: isTimestamp(document.timestamp),
      detail: document.timestamp ? (isTimestamp(document.timestamp) ? document.timestamp : `"${document.timestamp.slice(0, 40)}" is not a date and time`) : 'No timestamp',
    },
    {
      id: 'top-level-component',
      requirement: 'The primary (top-level) component the SBOM describes',
      passed: document.topLevelComponent !== null,
      detail: document.topLevelComponent ?? 'The SBOM names no top-level component',
    },
    perComponent(components, 'component-creator', "Each component's creator with an email address or URL", (c) => c.hasCreatorContact, 'lack a creator with an email address or URL'),
    perComponent(components, 'component-name', 'Each component has a name', (c) => c.name.trim() !== '', 'have no name'),
    perComponent(components, 'component-version', 'Each component has a version', (c) => Boolean(c.version?.trim()), 'have no version'),
    perComponent(components, 'component-filename', "Each component's file name", (c) => Boolean(c.filename), 'have no file name'),
    perComponent(components, 'component-hash', 'A SHA-512 hash of each component', (c) => c.hasSha512, 'lack a SHA-512 hash'),
    perComponent(components, 'unique-identifier', 'A unique identifier for each component: a purl or a CPE without wildcards', hasUniqueIdentifier, 'have neither a purl nor a specific CPE'),
    perComponent(components, 'dependencies', 'Every component appears in the dependency graph', (c) => c.hasDependencyEntry, 'are missing from the dependency graph'),
    perComponent(components, 'licences', "Each component's distribution licence", (c) => c.licenses.length > 0, 'have no licence'),
  ];
  return { standard: 'BSI TR-03183-2 v2.1', conforms: checks.every((c) => c.passed), checks };
}

function perComponent(
  components: readonly SbomComponentFacts[],
  id: string,
  requirement: string,
  holds: (c: SbomComponentFacts) => boolean,
  failing: string,
): ConformanceCheck {
  if (components.length === 0) return { id, requirement, passed: false, detail: 'The SBOM lists no components' };
  let missing = 0;
  for (const c of components) if (!holds(c)) missing++;
  const total = components.length.toLocaleString('en-US');
  return {
    id,
    requirement,
    passed: missing === 0,
    detail: missing === 0 ? `All ${total} components` : `${missing.toLocaleString('en-US')} of ${total} components ${failing}`,
  };
}

/** A purl, or a CPE 2.3 whose vendor and product are named (`cpe:2.3:a:*:*:…` identifies nothing). */
export function hasUniqueIdentifier(c: Pick<SbomComponentFacts, 'purl' | 'cpe'>): boolean {
  if (c.purl?.startsWith('pkg:')) return true;
  return c.cpe !== null && isSpecificCpe(c.cpe);
}

function isSpecificCpe(cpe: string): boolean {
  const parts = cpe.startsWith('cpe:2.3:') ? cpe.split(':').slice(3, 5) : cpe.startsWith('cpe:/') ? cpe.slice(5).split(':').slice(1, 3) : [];
  return parts.length === 2 && parts.every((p) => p !== '' && p !== '*' && p !== '-');
}

function isTimestamp(text: string | null): boolean {
  return text !== null && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text) && !Number.isNaN(Date.parse(text));
}

function compareDotted(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0 || Number.isNaN(d)) return Number.isNaN(d) ? -1 : d;
  }
  return 0;
}
