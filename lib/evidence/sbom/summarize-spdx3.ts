import { z } from 'zod';
import { EvidenceError } from '../errors';
import { contactsIn } from './contact';
import { describeIssues } from './describe-issues';
import type { FormatReading, SbomComponentFacts } from './sbom-analysis';
import { MAX_LISTED_COMPONENTS, type SbomComponent } from './sbom-summary';

/** SPDX 3 versions whose JSON-LD we read. */
export const SUPPORTED_SPDX3_VERSIONS: readonly string[] = ['3.0.1'];

const NO_LICENSE = new Set(['NOASSERTION', 'NONE']);

// A reference to another element: its IRI, or (JSON-LD allows it) the element written inline.
const refSchema = z.union([z.string(), z.looseObject({ spdxId: z.string() }).transform((o) => o.spdxId)]);

const externalIdentifierSchema = z.looseObject({ externalIdentifierType: z.string(), identifier: z.string() });

const creationInfoSchema = z.looseObject({
  type: z.literal('CreationInfo'),
  '@id': z.string().optional(),
  specVersion: z.string(),
  created: z.string().optional(),
  createdBy: z.array(refSchema).optional(),
});

const packageSchema = z.looseObject({
  type: z.literal('software_Package'),
  spdxId: z.string(),
  name: z.string(),
  software_packageVersion: z.string().optional(),
  software_packageUrl: z.string().optional(),
  externalIdentifier: z.array(externalIdentifierSchema).optional(),
  verifiedUsing: z.array(z.looseObject({ algorithm: z.string().optional(), hashValue: z.string().optional() })).optional(),
  suppliedBy: refSchema.optional(),
  originatedBy: z.array(refSchema).optional(),
});

const relationshipSchema = z.looseObject({
  type: z.string(),
  relationshipType: z.string(),
  from: refSchema,
  to: z.array(refSchema),
});

const documentSchema = z.looseObject({
  '@context': z.union([z.string(), z.array(z.unknown())]),
  '@graph': z.array(z.looseObject({ type: z.string() })),
});

const DEPENDENCY_RELATIONSHIPS = new Set(['dependsOn', 'contains', 'hasStaticLink', 'hasDynamicLink', 'hasOptionalDependency', 'hasProvidedDependency']);
const AGENT_TYPES = new Set(['Agent', 'Person', 'Organization', 'SoftwareAgent']);

type Element = z.infer<typeof documentSchema>['@graph'][number];

/** Whether a JSON document is SPDX 3 JSON-LD: an `@context` naming the SPDX 3 RDF vocabulary. */
export function isSpdx3(document: Record<string, unknown>): boolean {
  const context = document['@context'];
  const contexts = Array.isArray(context) ? context : [context];
  return contexts.some((entry) => typeof entry === 'string' && entry.includes('spdx.org/rdf/3'));
}

/**
 * Reads an SPDX 3.0.1 JSON-LD document (`@context` + `@graph`). No npm library parses SPDX 3
 * JSON-LD today, so the elements this portal needs are validated with zod: `software_Package`
 * elements are the components (name, `software_packageVersion`, purl from `software_packageUrl`
 * or an `externalIdentifier` of type `packageUrl`, CPE from type `cpe23`/`cpe22`, hashes from
 * `verifiedUsing`), licences from `hasConcludedLicense`/`hasDeclaredLicense` relationships, the
 * creator and time from the `CreationInfo`, the top-level component from the document's `rootElement`.
 * Throws `sbom_unsupported_version` for other 3.x versions, `sbom_malformed` naming the element.
 */
export function readSpdx3(document: Record<string, unknown>): FormatReading {
  const parsed = documentSchema.safeParse(document);
  if (!parsed.success) throw malformed(describeIssues(parsed.error.issues));
  const graph = parsed.data['@graph'];
  const creationInfos = new Map<string, z.infer<typeof creationInfoSchema>>();
  const byId = new Map<string, Element>();
  const packages: { value: z.infer<typeof packageSchema>; index: number }[] = [];
  const relationships: z.infer<typeof relationshipSchema>[] = [];
  graph.forEach((element, index) => {
    if (element.type === 'CreationInfo') {
      const info = parseElement(creationInfoSchema, element, index);
      creationInfos.set(info['@id'] ?? `#${index}`, info);
      return;
    }
    if (typeof element.spdxId === 'string') byId.set(element.spdxId, element);
    if (element.type === 'software_Package') packages.push({ value: parseElement(packageSchema, element, index), index });
    else if (element.type.endsWith('Relationship')) relationships.push(parseElement(relationshipSchema, element, index));
  });

  const spdxDocument = graph.find((e) => e.type === 'SpdxDocument');
  const documentInfo = creationInfoOf(spdxDocument, creationInfos) ?? creationInfos.values().next().value;
  const specVersion = documentInfo?.specVersion;
  if (!specVersion) throw malformed('@graph: no CreationInfo with a specVersion');
  if (!SUPPORTED_SPDX3_VERSIONS.includes(specVersion) || !contextNames(parsed.data['@context'], specVersion)) {
    throw new EvidenceError('sbom_unsupported_version', `SPDX ${specVersion} is not supported; supported SPDX 3 versions are ${SUPPORTED_SPDX3_VERSIONS.join(', ')}.`);
  }

  const inGraph = new Set<string>();
  const licenseOf = new Map<string, { concluded?: string; declared?: string }>();
  const artifactsOf = new Map<string, string[]>();
  for (const r of relationships) {
    if (r.relationshipType === 'hasDistributionArtifact') artifactsOf.set(r.from, [...(artifactsOf.get(r.from) ?? []), ...r.to]);
    if (DEPENDENCY_RELATIONSHIPS.has(r.relationshipType)) {
      inGraph.add(r.from);
      for (const to of r.to) inGraph.add(to);
    }
    if (r.relationshipType === 'hasConcludedLicense' || r.relationshipType === 'hasDeclaredLicense') {
      const expression = r.to.map((to) => byId.get(to)?.simplelicensing_licenseExpression).find((e) => typeof e === 'string' && !NO_LICENSE.has(e));
      if (typeof expression !== 'string') continue;
      const entry = licenseOf.get(r.from) ?? {};
      entry[r.relationshipType === 'hasConcludedLicense' ? 'concluded' : 'declared'] = expression;
      licenseOf.set(r.from, entry);
    }
  }

  const agentContacts = (ids: readonly string[]) => contactsIn(ids.map((id) => agentContactFields(byId.get(id))));
  const components: SbomComponent[] = [];
  const facts: SbomComponentFacts[] = packages.map(({ value: pkg }) => {
    const license = licenseOf.get(pkg.spdxId);
    const licenseText = license?.concluded ?? license?.declared;
    const identifier = (...types: string[]) => pkg.externalIdentifier?.find((e) => types.includes(e.externalIdentifierType))?.identifier ?? null;
    const component: SbomComponent = {
      name: pkg.name,
      version: pkg.software_packageVersion ?? null,
      purl: pkg.software_packageUrl ?? identifier('packageUrl'),
      licenses: licenseText ? [licenseText] : [],
    };
    if (components.length < MAX_LISTED_COMPONENTS) components.push(component);
    return {
      ...component,
      cpe: identifier('cpe23', 'cpe22'),
      hasCreatorContact: agentContactsOfPackage(pkg, agentContacts),
      filename: fileNameOf(artifactsOf.get(pkg.spdxId) ?? [], byId),
      hasSha512: (pkg.verifiedUsing ?? []).some((h) => h.algorithm === 'sha512' && Boolean(h.hashValue)),
      hasDependencyEntry: inGraph.has(pkg.spdxId),
    };
  });

  const roots = Array.isArray(spdxDocument?.rootElement) ? (spdxDocument.rootElement as unknown[]) : [];
  const topLevel = roots.map((id) => (typeof id === 'string' ? byId.get(id) : undefined)).find((e) => e && typeof e.name === 'string');
  const createdBy = (documentInfo.createdBy ?? []).filter((id) => !id.startsWith('_:'));
  return {
    summary: {
      format: 'spdx',
      specVersion,
      documentNamespace: typeof spdxDocument?.spdxId === 'string' ? spdxDocument.spdxId : '',
      componentCount: packages.length,
      components,
    },
    components: facts,
    document: {
      format: 'spdx',
      specVersion,
      creatorContacts: createdBy.flatMap((id) => agentContactFields(byId.get(id))).flatMap((v) => contactsIn(v)),
      timestamp: documentInfo.created ?? null,
      topLevelComponent: topLevel ? String(topLevel.name) : null,
    },
  };
}

function parseElement<S extends z.ZodType>(schema: S, element: Element, index: number): z.infer<S> {
  const parsed = schema.safeParse(element);
  if (!parsed.success) throw malformed(describeIssues(parsed.error.issues, ['@graph', index]));
  return parsed.data;
}

function creationInfoOf(element: Element | undefined, infos: Map<string, z.infer<typeof creationInfoSchema>>) {
  const ref = element?.creationInfo;
  if (typeof ref === 'string') return infos.get(ref);
  const inline = creationInfoSchema.safeParse(ref);
  return inline.success ? inline.data : undefined;
}

function contextNames(context: string | unknown[], version: string): boolean {
  const contexts = Array.isArray(context) ? context : [context];
  return contexts.some((entry) => typeof entry === 'string' && entry.includes(`spdx.org/rdf/${version}/`));
}

/** The fields of an agent element that can carry its contact: email identifiers and external references. */
function agentContactFields(agent: Element | undefined): unknown[] {
  if (!agent || !AGENT_TYPES.has(agent.type)) return [];
  return [agent.externalIdentifier, agent.externalRef, agent.name];
}

function agentContactsOfPackage(pkg: z.infer<typeof packageSchema>, contactsOf: (ids: readonly string[]) => string[]): boolean {
  const agents = [...(pkg.suppliedBy ? [pkg.suppliedBy] : []), ...(pkg.originatedBy ?? [])];
  return agents.length > 0 && contactsOf(agents).length > 0;
}

/** The name of the first `software_File` among a package's distribution artifacts (`hasDistributionArtifact` targets), if any. */
function fileNameOf(artifactIds: readonly string[], byId: Map<string, Element>): string | null {
  const file = artifactIds.map((id) => byId.get(id)).find((e) => e?.type === 'software_File' && typeof e.name === 'string');
  return file ? String(file.name) : null;
}

function malformed(reason: string): EvidenceError {
  return new EvidenceError('sbom_malformed', `Not a valid SPDX 3 document: ${reason}`);
}
