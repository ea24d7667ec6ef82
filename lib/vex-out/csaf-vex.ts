import { componentRef, type VexSubject } from './vex-subject';

const STATUS_LIST = { affected: 'known_affected', not_affected: 'known_not_affected', fixed: 'fixed', under_investigation: 'under_investigation' } as const;

/**
 * A CSAF 2.0 `csaf_vex` document of a certificate's current match states: the certified product
 * version and its affected packages in the product tree (each package `default_component_of` the
 * product), one vulnerability per id with its product_status, a flag (justification) or impact
 * statement per not-affected product and a remediation per affected one, as the profile requires.
 */
export function buildCsafVex(subject: VexSubject): Record<string, unknown> {
  const productId = 'CERT';
  const componentIds = new Map<string, string>();
  for (const m of subject.matches) {
    const ref = componentRef(m);
    if (!componentIds.has(ref)) componentIds.set(ref, `C${componentIds.size + 1}`);
  }
  const combined = (ref: string) => `${productId}:${componentIds.get(ref)}`;
  const productName = `${subject.vendorName} ${subject.productName} ${subject.versionLabel}`;
  const byVulnerability = new Map<string, VexSubject['matches'][number][]>();
  for (const m of subject.matches) byVulnerability.set(m.vulnerabilityId, [...(byVulnerability.get(m.vulnerabilityId) ?? []), m]);
  const vulnerabilities = [...byVulnerability].map(([id, matches]) => {
    const status: Record<string, string[]> = {};
    const flags = new Map<string, string[]>();
    const impacts: { category: 'impact'; details: string; product_ids: string[] }[] = [];
    const affected: string[] = [];
    for (const m of matches) {
      const pid = combined(componentRef(m));
      (status[STATUS_LIST[m.state]] ??= []).push(pid);
      if (m.state === 'not_affected') {
        if (m.justification) flags.set(m.justification, [...(flags.get(m.justification) ?? []), pid]);
        else impacts.push({ category: 'impact', details: m.detail ?? 'Not affected (vendor statement).', product_ids: [pid] });
      }
      if (m.state === 'affected') affected.push(pid);
    }
    for (const list of Object.values(status)) list.sort();
    return {
      ...(/^CVE-\d{4}-\d{4,}$/.test(id) ? { cve: id } : { ids: [{ system_name: id.split('-')[0] || 'advisory', text: id }] }),
      notes: [{ category: 'description', title: 'Status', text: `Status of ${id} in ${productName}, from the matches recorded by Trustledger.` }],
      product_status: status,
      ...(flags.size > 0 ? { flags: [...flags].map(([label, ids]) => ({ label, product_ids: ids.sort() })) } : {}),
      ...(impacts.length > 0 ? { threats: impacts } : {}),
      ...(affected.length > 0
        ? { remediations: [{ category: 'none_available', details: 'The vendor has not yet published a fix; see the certificate page.', product_ids: affected.sort() }] }
        : {}),
    };
  });
  const at = subject.updatedAt.toISOString();
  const revision = String(subject.revision);
  return {
    document: {
      category: 'csaf_vex',
      csaf_version: '2.0',
      lang: 'en',
      title: `VEX of the certificate of ${productName}`,
      publisher: { category: 'coordinator', name: 'Trustledger', namespace: subject.siteUrl },
      references: [{ category: 'self', summary: 'The certificate', url: subject.certificateUrl }],
      tracking: {
        id: `trustledger-vex-${subject.certificateId}`,
        status: 'final',
        version: revision,
        initial_release_date: at,
        current_release_date: at,
        revision_history: [{ date: at, number: revision, summary: 'Current match states.' }],
        generator: { engine: { name: 'Trustledger' } },
      },
    },
    product_tree: {
      full_product_names: [
        { product_id: productId, name: productName },
        ...[...componentIds].map(([ref, id]) => ({
          product_id: id,
          name: ref,
          ...(ref.startsWith('pkg:') ? { product_identification_helper: { purl: ref } } : {}),
        })),
      ],
      relationships: [...componentIds].map(([ref, id]) => ({
        category: 'default_component_of',
        product_reference: id,
        relates_to_product_reference: productId,
        full_product_name: { product_id: combined(ref), name: `${ref} in ${productName}` },
      })),
    },
    vulnerabilities,
  };
}
