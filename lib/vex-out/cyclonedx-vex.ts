import crypto from 'node:crypto';
import { componentRef, type VexSubject } from './vex-subject';

const STATE = { affected: 'exploitable', not_affected: 'not_affected', fixed: 'resolved', under_investigation: 'in_triage' } as const;

/** CISA justifications → CycloneDX `analysis.justification`. */
const JUSTIFICATION: Record<string, string> = {
  component_not_present: 'code_not_present',
  vulnerable_code_not_present: 'code_not_present',
  vulnerable_code_not_in_execute_path: 'code_not_reachable',
  vulnerable_code_cannot_be_controlled_by_adversary: 'protected_at_runtime',
  inline_mitigations_already_exist: 'protected_by_mitigating_control',
};

/** A stable urn:uuid from the certificate id (so every revision of its VEX has one serial number). */
function serialOf(certificateId: string): string {
  const h = crypto.createHash('sha256').update(`trustledger-vex:${certificateId}`).digest('hex');
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * A CycloneDX 1.6 VEX document of a certificate's current match states: the certified product
 * version as `metadata.component`, each affected package as a component, one vulnerability entry per
 * vulnerability with `analysis` and `affects` per package.
 */
export function buildCycloneDxVex(subject: VexSubject): Record<string, unknown> {
  const productRef = `urn:trustledger:certificate:${subject.certificateId}`;
  const components = new Map<string, Record<string, unknown>>();
  const byVulnerability = new Map<string, VexSubject['matches'][number][]>();
  for (const m of subject.matches) {
    const ref = componentRef(m);
    if (!components.has(ref)) {
      components.set(ref, {
        type: 'library',
        'bom-ref': ref,
        name: m.packageKey.replace(/^pkg:[^/]+\//, ''),
        ...(m.componentVersion ? { version: m.componentVersion } : {}),
        ...(ref.startsWith('pkg:') ? { purl: ref } : {}),
      });
    }
    byVulnerability.set(m.vulnerabilityId, [...(byVulnerability.get(m.vulnerabilityId) ?? []), m]);
  }
  const vulnerabilities = [...byVulnerability].flatMap(([id, matches]) => {
    // One analysis per state: a vulnerability may be affected in one package and not in another.
    const byState = new Map<string, typeof matches>();
    for (const m of matches) byState.set(`${m.state}|${m.justification ?? ''}`, [...(byState.get(`${m.state}|${m.justification ?? ''}`) ?? []), m]);
    return [...byState.values()].map((group) => {
      const first = group[0];
      const justification = first.state === 'not_affected' && first.justification ? JUSTIFICATION[first.justification] : undefined;
      return {
        id,
        ...(id.startsWith('CVE-') ? { source: { name: 'NVD', url: `https://nvd.nist.gov/vuln/detail/${id}` } } : {}),
        analysis: {
          state: STATE[first.state],
          ...(justification ? { justification } : {}),
          ...(first.detail ? { detail: first.detail } : {}),
          lastUpdated: new Date(Math.max(...group.map((m) => new Date(m.updatedAt).getTime()))).toISOString(),
        },
        affects: group.map((m) => ({ ref: componentRef(m) })),
      };
    });
  });
  return {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber: serialOf(subject.certificateId),
    version: subject.revision,
    metadata: {
      timestamp: subject.updatedAt.toISOString(),
      tools: { components: [{ type: 'application', name: 'Trustledger' }] },
      component: { type: 'device', 'bom-ref': productRef, name: subject.productName, version: subject.versionLabel, supplier: { name: subject.vendorName } },
      supplier: { name: subject.vendorName },
    },
    components: [...components.values()],
    vulnerabilities,
  };
}
