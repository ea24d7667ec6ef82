import { z } from 'zod';
import { EvidenceError } from '../errors';
import { describeIssues } from './describe-issues';
import { MAX_LISTED_COMPONENTS, type SbomComponent, type SpdxSummary } from './sbom-summary';

/** SPDX versions whose JSON we read (SPDX 3 is JSON-LD, a different model). */
export const SUPPORTED_SPDX_VERSIONS: readonly string[] = ['SPDX-2.2', 'SPDX-2.3'];

const NO_LICENSE = new Set(['NOASSERTION', 'NONE']);

const packageSchema = z.object({
  name: z.string(),
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
});

/**
 * Summarises a parsed SPDX 2.2/2.3 JSON document. Every entry of `packages`
 * counts, including the package the document describes: SPDX does not mark
 * a root reliably (`documentDescribes` may name files, or several packages),
 * so any rule for dropping one would guess. Licences come from
 * `licenseConcluded`, else `licenseDeclared` (NOASSERTION and NONE mean no
 * information); the purl is the first `externalRefs` entry of type `purl`.
 */
export function summarizeSpdx(document: Record<string, unknown>): SpdxSummary {
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
  const packages = parsed.data.packages ?? [];
  return {
    format: 'spdx',
    specVersion: spdxVersion.slice('SPDX-'.length),
    documentNamespace: parsed.data.documentNamespace,
    componentCount: packages.length,
    components: packages.slice(0, MAX_LISTED_COMPONENTS).map(toComponent),
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
