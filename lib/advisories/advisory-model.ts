/**
 * The shape every advisory format (CSAF 2.0, OSV, CycloneDX VEX, OpenVEX) is parsed into, so that
 * storage and matching never look at a format again. A parser either returns this or refuses the
 * document with reasons; it never guesses.
 */
import type { AffectedRange } from '@/lib/versions/affected-range';

export type AdvisoryFormat = 'csaf' | 'osv' | 'cyclonedx-vex' | 'openvex';

/** The states a statement (and so a match) can be in; the CSAF/VEX vocabulary, reduced. */
export type StatementStatus = 'affected' | 'not_affected' | 'fixed' | 'under_investigation';

/** CISA's VEX justifications (shared by CSAF flags, CycloneDX `analysis.justification` mapped, OpenVEX). */
export type NotAffectedJustification =
  | 'component_not_present'
  | 'vulnerable_code_not_present'
  | 'vulnerable_code_not_in_execute_path'
  | 'vulnerable_code_cannot_be_controlled_by_adversary'
  | 'inline_mitigations_already_exist';

/** What a statement is about: at least one of purl or CPE (a product with neither cannot be matched). */
export type StatementProduct = {
  /** The purl as the document wrote it (may carry a version); normalise with lib/components/purl. */
  purl: string | null;
  /** A CPE 2.3 name; matched only when it names a concrete product (no wildcard vendor/product). */
  cpe: string | null;
  /** The document's own product id (CSAF product_id, CycloneDX bom-ref), for display and VEX out. */
  documentRef: string | null;
  /** Display name, when the document gives one. */
  name: string | null;
};

export type AdvisoryStatement = {
  /** CVE id when the document has one, else the document's own id (GHSA-…, OSV id). */
  vulnerabilityId: string;
  aliases: string[];
  product: StatementProduct;
  /** Which versions the statement covers. */
  range: AffectedRange;
  status: StatementStatus;
  justification: NotAffectedJustification | null;
  /** Free text: impact statement, detail, remediation advice. */
  detail: string | null;
  /** Fixed version(s) or remediation text, when given. */
  remediation: string | null;
};

export type AdvisoryVulnerability = {
  id: string;
  aliases: string[];
  title: string | null;
  /** Highest CVSS base score the document gives, when any. */
  cvssScore: number | null;
  /** The document says it is exploited in the wild (CSAF `threats` category exploit_status, KEV…). */
  activelyExploited: boolean;
};

export type ParsedAdvisory = {
  format: AdvisoryFormat;
  /** The document's identity across revisions (CSAF tracking id + publisher namespace, OSV id, CycloneDX serialNumber, OpenVEX @id). */
  documentId: string;
  /** The revision within that identity (CSAF tracking.version, OSV modified, CycloneDX version, OpenVEX version). */
  revision: string;
  title: string;
  publisher: string | null;
  published: string | null;
  modified: string | null;
  vulnerabilities: AdvisoryVulnerability[];
  statements: AdvisoryStatement[];
  /** Things stored but not matched (GIT ranges, products without purl/CPE), said plainly. */
  warnings: string[];
};

/** A refused document: why, each reason naming where in the document it is. */
export type AdvisoryParseFailure = { ok: false; reasons: string[] };
export type AdvisoryParseResult = { ok: true; advisory: ParsedAdvisory } | AdvisoryParseFailure;
