import type { EvidenceDto } from '@/lib/evidence/evidence-dto';

export type EvidenceKind = EvidenceDto['kind'];
export type EvidenceVisibility = EvidenceDto['visibility'];

export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  sbom: 'SBOM',
  process_audit_report: 'Process audit report',
  design_doc: 'Design document',
  test_report: 'Test report',
  evaluation_report: 'Evaluation report',
  firmware_digest: 'Firmware digest',
  vulnerability_report: 'Vulnerability report',
  other: 'Other',
};

/** Who adds each kind (PRODUCT.md): the assigned lab its two reports, the vendor everything else. */
export const LAB_EVIDENCE_KINDS: readonly EvidenceKind[] = ['test_report', 'evaluation_report'];
export const VENDOR_EVIDENCE_KINDS: readonly EvidenceKind[] = (Object.keys(EVIDENCE_KIND_LABELS) as EvidenceKind[]).filter(
  (k) => !LAB_EVIDENCE_KINDS.includes(k),
);

export const VISIBILITY_LABELS: Record<EvidenceVisibility, string> = {
  assessment: 'Assessment',
  certified: 'Certified',
};

/** Option text for the visibility select, saying who can read the file. */
export const VISIBILITY_OPTION_LABELS: Record<EvidenceVisibility, string> = {
  assessment: 'Assessment — vendor, lab and regulators',
  certified: 'Certified — also operators, once certified',
};

export const VISIBILITY_EXPLANATION =
  'Visibility “Assessment”: the vendor, the assigned lab and regulators can read the file. “Certified”: operators can read it too, once a certificate is issued. SBOMs must be CycloneDX or SPDX JSON; they are parsed and their components listed.';

/** A first guess at the kind from the file name; the person can change it before uploading. */
export function guessKind(filename: string, allowed: readonly EvidenceKind[]): EvidenceKind {
  const name = filename.toLowerCase();
  const guesses: Array<[RegExp, EvidenceKind]> = [
    [/(sbom|bom|cyclonedx|cdx|spdx)/, 'sbom'],
    [/(evaluation|eval)/, 'evaluation_report'],
    [/(test|scas)/, 'test_report'],
    [/(audit)/, 'process_audit_report'],
    [/(design|architecture)/, 'design_doc'],
    [/(digest|sha256|checksum|firmware)/, 'firmware_digest'],
    [/(vuln|cve|vex)/, 'vulnerability_report'],
  ];
  const guess = guesses.find(([pattern, kind]) => pattern.test(name) && allowed.includes(kind))?.[1];
  return guess ?? (allowed.includes('other') ? 'other' : allowed[0]);
}
