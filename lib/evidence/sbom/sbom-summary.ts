/** Largest SBOM we parse; larger evidence is stored but not summarised. */
export const MAX_SBOM_BYTES = 64 * 1024 * 1024;
/** Deepest `{`/`[` nesting we hand to `JSON.parse`; real SBOMs stay under 20. */
export const MAX_SBOM_JSON_DEPTH = 200;
/** Components (and vulnerabilities) listed in a summary; the counts are always complete. */
export const MAX_LISTED_COMPONENTS = 5000;

export type SbomComponent = {
  name: string;
  version: string | null;
  purl: string | null;
  licenses: string[];
};

export type SbomVulnerability = {
  /** Usually a CVE id; CycloneDX allows others (GHSA-…) and allows none. */
  id: string | null;
  analysisState: string | null;
  /** `bom-ref`s of the affected components. */
  affects: string[];
};

type SummaryBase = {
  specVersion: string;
  componentCount: number;
  /** The first `MAX_LISTED_COMPONENTS` components, in document order. */
  components: SbomComponent[];
};

export type CycloneDxSummary = SummaryBase & {
  format: 'cyclonedx';
  serialNumber: string | null;
  /** Present only when the document has a `vulnerabilities` array (VEX / VDR). */
  vulnerabilityCount?: number;
  vulnerabilities?: SbomVulnerability[];
};

export type SpdxSummary = SummaryBase & {
  format: 'spdx';
  documentNamespace: string;
};

export type SbomSummary = CycloneDxSummary | SpdxSummary;
