import { z } from 'zod';
import { EvidenceError } from '../errors';
import { contactIn, contactsIn } from './contact';
import { describeIssues } from './describe-issues';
import type { FormatReading, SbomComponentFacts } from './sbom-analysis';
import { MAX_LISTED_COMPONENTS, type SbomComponent } from './sbom-summary';

/** SPDX versions whose JSON we read (SPDX 3 is JSON-LD, a different model). */
export const SUPPORTED_SPDX_VERSIONS: readonly string[] = ['SPDX-2.2', 'SPDX-2.3'];

const NO_LICENSE = new Set(['NOASSERTION', 'NONE']);

const packageSchema = z.object({
  SPDXID: z.string().optional(),
  name: z.string(),
  packageFileName: z.string().optional(),
  supplier: z.string().optional(),
  originator: z.string().optional(),
  checksums: z.array(z.looseObject({ algorithm: z.string(), checksumValue: z.string() })).optional(),
  versionInfo: z.string().optional(),
  licenseConcluded: z.string().optional(),
  licenseDeclared: z.string().optional(),
  externalRefs: z
    .array(z.object({ referenceType: z.string(), referenceLocator: z.string() }))
    .optional(),
});

const documentSchema = z.object({
  spdxVersion: z.string(),
  documentNamespace: z.string().min(1),
  packages: z.array(packageSchema).optional(),
  creationInfo: z.looseObject({ created: z.string().optional(), creators: z.array(z.string()).optional() }).optional(),
  documentDescribes: z.array(z.string()).optional(),
  relationships: z
    .array(z.looseObject({ spdxElementId: z.string(), relationshipType: z.string(), relatedSpdxElement: z.string() }))
    .optional(),
});

/** Relationship types that place a package in the dependency graph (either end). */
const DEPENDENCY_RELATIONSHIPS = new Set([
  'DEPENDS_ON',
  'DEPENDENCY_OF',
  'CONTAINS',
  'CONTAINED_BY',
  'BUILD_DEPENDENCY_OF',
  'DEV_DEPENDENCY_OF',
  'OPTIONAL_DEPENDENCY_OF',
  'RUNTIME_DEPENDENCY_OF',
  'PROVIDED_DEPENDENCY_OF',
  'STATIC_LINK',
  'DYNAMIC_LINK',
]);

/**
 * Summarises a parsed SPDX 2.2/2.3 JSON document. Every entry of `packages`
 * counts, including the package the document describes: SPDX does not mark
 * a root reliably (`documentDescribes` may name files, or several packages),
 * so any rule for dropping one would guess. Licences come from
 * `licenseConcluded`, else `licenseDeclared` (NOASSERTION and NONE mean no
 * information); the purl is the first `externalRefs` entry of type `purl`, the CPE the first of
 * type `cpe23Type`. Also gives every package and the document facts the conformance check reads.
 */
export function readSpdx2(document: Record<string, unknown>): FormatReading {
  const spdxVersion = document.spdxVersion;
  if (typeof spdxVersion !== 'string') throw malformed('spdxVersion: expected a string such as "SPDX-2.3"');
  if (!SUPPORTED_SPDX_VERSIONS.includes(spdxVersion)) {
    throw new EvidenceError(
      'sbom_unsupported_version',
      `${spdxVersion} is not supported; supported versions are ${SUPPORTED_SPDX_VERSIONS.join(', ')}.`,
    );
  }
  const parsed = documentSchema.safeParse(document);
  if (!parsed.success) throw malformed(describeIssues(parsed.error.issues));
  const { data } = parsed;
  const packages = data.packages ?? [];
  const inGraph = new Set<string>();
  const described = new Set(data.documentDescribes ?? []);
  for (const r of data.relationships ?? []) {
    if (DEPENDENCY_RELATIONSHIPS.has(r.relationshipType)) inGraph.add(r.spdxElementId).add(r.relatedSpdxElement);
    if (r.relationshipType === 'DESCRIBES') described.add(r.relatedSpdxElement);
  }
  const components = packages.map(toComponent);
  const topLevel = packages.find((pkg) => pkg.SPDXID !== undefined && described.has(pkg.SPDXID));
  return {
    summary: {
      format: 'spdx',
      specVersion: spdxVersion.slice('SPDX-'.length),
      documentNamespace: data.documentNamespace,
      componentCount: packages.length,
      components: components.slice(0, MAX_LISTED_COMPONENTS),
    },
    components: packages.map((pkg, i): SbomComponentFacts => ({
      ...components[i],
      cpe: pkg.externalRefs?.find((ref) => ref.referenceType === 'cpe23Type' || ref.referenceType === 'cpe22Type')?.referenceLocator ?? null,
      hasCreatorContact: contactIn(pkg.supplier) !== null || contactIn(pkg.originator) !== null,
      filename: pkg.packageFileName ?? null,
      hasSha512: (pkg.checksums ?? []).some((c) => c.algorithm === 'SHA512'),
      hasDependencyEntry: pkg.SPDXID !== undefined && inGraph.has(pkg.SPDXID),
    })),
    document: {
      format: 'spdx',
      specVersion: spdxVersion.slice('SPDX-'.length),
      creatorContacts: contactsIn(data.creationInfo?.creators),
      timestamp: data.creationInfo?.created ?? null,
      topLevelComponent: topLevel?.name ?? null,
    },
  };
}

function toComponent(pkg: z.infer<typeof packageSchema>): SbomComponent {
  const license = [pkg.licenseConcluded, pkg.licenseDeclared].find(
    (candidate) => candidate !== undefined && candidate !== '' && !NO_LICENSE.has(candidate),
  );
  return {
    name: pkg.name,
    version: pkg.versionInfo ?? null,
    purl: pkg.externalRefs?.find((ref) => ref.referenceType === 'purl')?.referenceLocator ?? null,
    licenses: license ? [license] : [],
  };
}

function malformed(reason: string): EvidenceError {
  return new EvidenceError('sbom_malformed', `Not a valid SPDX document: ${reason}`);
}
