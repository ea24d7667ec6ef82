import type { SbomConformanceReport } from './conformance-model';
import type { SbomSummary } from './sbom-summary';

/**
 * One component of an SBOM as the component index and the conformance check read it: every
 * component, not only the first ones the summary lists.
 */
export type SbomComponentFacts = {
  name: string;
  version: string | null;
  /** The purl as written (normalised when indexed); null without one. */
  purl: string | null;
  /** CPE 2.3 (or 2.2) name as written; null without one. */
  cpe: string | null;
  licenses: string[];
  /** The component's creator (manufacturer, supplier, author) with an email address or URL. */
  hasCreatorContact: boolean;
  /** The file name of the component (CycloneDX `bsi:component:filename`, SPDX `packageFileName`…). */
  filename: string | null;
  /** A SHA-512 hash of the component is given. */
  hasSha512: boolean;
  /** The dependency graph names this component (possibly with no dependencies). */
  hasDependencyEntry: boolean;
};

/** What the conformance check needs beyond the components: the document-level fields. */
export type SbomDocumentFacts = {
  format: SbomSummary['format'];
  specVersion: string;
  /** Emails and URLs of the SBOM's creator. */
  creatorContacts: string[];
  /** When the SBOM was made, as written; null when absent. */
  timestamp: string | null;
  /** The name of the primary (top-level) component; null when the SBOM names none. */
  topLevelComponent: string | null;
};

/** An SBOM read in full: the stored summary, every component, and the TR-03183-2 report. */
export type SbomAnalysis = {
  summary: SbomSummary;
  components: SbomComponentFacts[];
  conformance: SbomConformanceReport;
};

/** What each format's reader hands back before the conformance check runs. */
export type FormatReading = {
  summary: SbomSummary;
  components: SbomComponentFacts[];
  document: SbomDocumentFacts;
};
