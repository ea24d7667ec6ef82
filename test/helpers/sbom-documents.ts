/** A CycloneDX 1.6 SBOM that meets every BSI TR-03183-2 check, with the given extra components. */
export function conformantCycloneDx(components: { name: string; version: string; purl: string }[]) {
  const hash = { alg: 'SHA-512', content: 'ab'.repeat(64) };
  const creator = { name: 'ACME', url: ['https://acme.example'], contact: [{ email: 'sbom@acme.example' }] };
  const full = components.map((c, i) => ({
    type: 'library',
    'bom-ref': `c${i}`,
    ...c,
    supplier: creator,
    hashes: [hash],
    licenses: [{ license: { id: 'Apache-2.0' } }],
    properties: [{ name: 'bsi:component:filename', value: `${c.name}-${c.version}.jar` }],
  }));
  return {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    version: 1,
    serialNumber: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79',
    metadata: { timestamp: '2026-11-01T10:00:00Z', manufacturer: creator, component: { type: 'application', name: 'gNB firmware', version: '1.0' } },
    components: full,
    dependencies: [{ ref: 'root', dependsOn: full.map((c) => c['bom-ref']) }, ...full.map((c) => ({ ref: c['bom-ref'], dependsOn: [] }))],
  };
}

/** A CycloneDX 1.5 SBOM with nested components, a CPE-only component and no hashes (not conformant). */
export function nestedCycloneDx() {
  return {
    bomFormat: 'CycloneDX',
    specVersion: '1.5',
    version: 1,
    components: [
      {
        name: 'log4j-core',
        version: '2.14.1',
        purl: 'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1?type=jar',
        components: [
          { name: 'log4j-api', version: '2.14.1', purl: 'pkg:maven/org.apache.logging.log4j/log4j-api@2.14.1' },
          { name: 'openssl', version: '1.1.1k', cpe: 'cpe:2.3:a:openssl:openssl:1.1.1k:*:*:*:*:*:*:*', components: [{ name: 'zlib', version: '1.2.11' }] },
        ],
      },
      { name: 'libc6', version: '2.36-9', purl: 'pkg:deb/debian/libc6@2.36-9?distro=debian-12&arch=amd64&repository_url=https://deb.example' },
    ],
  };
}
