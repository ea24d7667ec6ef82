import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';

export const ADVISORY_FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'advisories');
/** The demo CycloneDX SBOM (guzzle 6.5.8, log4j-core 2.14.1 among its components). */
export const DEMO_SBOM = fs.readFileSync(path.join(process.cwd(), 'db', 'data', 'demo', 'sbom-cyclonedx.json'));
export const streamOf = (bytes: Buffer) => Readable.toWeb(Readable.from([bytes])) as ReadableStream<Uint8Array>;

/** The public vexctl CSAF VEX example, pointed at guzzle 6.5.8 (a component of the demo SBOM) and made known_affected. */
export function guzzleAdvisory(id: string): Buffer {
  const doc = JSON.parse(fs.readFileSync(path.join(ADVISORY_FIXTURES, 'csaf-vex-vexctl-example.json'), 'utf8'));
  doc.document.tracking.id = id;
  doc.product_tree.branches[0].branches[0].product.product_identification_helper.purl = 'pkg:composer/guzzlehttp/guzzle@6.5.8';
  doc.vulnerabilities[0].product_status = { known_affected: ['CSAFPID-0001'] };
  delete doc.vulnerabilities[0].threats;
  doc.vulnerabilities[0].remediations = [{ category: 'vendor_fix', details: 'Upgrade.', product_ids: ['CSAFPID-0001'] }];
  return Buffer.from(JSON.stringify(doc));
}
