import type { StatementProduct } from '../advisory-model';
import type { AffectedRange } from '@/lib/versions/affected-range';
import { at, refuse } from './advisory-refusal';
import type { CsafBranch, CsafFullProductName, CsafProductTree } from './csaf-schema';
import { purlVersion as parsePurlVersion, rangeFromVers } from './statement-range';

/** A product of the tree, ready to become the subject of statements, or why it cannot be matched. */
export type CsafProduct =
  | { matchable: true; product: StatementProduct; range: AffectedRange; note: string | null }
  | { matchable: false; productId: string; reason: string };

type VersionBranch = { category: 'product_version' | 'product_version_range'; name: string; path: PropertyKey[] };
type Found = { entry: CsafFullProductName; version: VersionBranch | null };

/**
 * Every product id of a CSAF product tree: branch leaves (walked iteratively, carrying the nearest
 * `product_version` / `product_version_range` branch), `full_product_names`, and `relationships`,
 * whose products take their identifiers and version from `product_reference` unless they carry
 * their own. Refuses a tree that defines a product id twice or relates to one it never defines.
 */
export function collectCsafProducts(tree: CsafProductTree | undefined): Map<string, CsafProduct> {
  const found = new Map<string, Found>();
  const define = (entry: CsafFullProductName, version: VersionBranch | null, path: PropertyKey[]) => {
    if (found.has(entry.product_id)) refuse(path, `product id "${entry.product_id}" is defined more than once`);
    found.set(entry.product_id, { entry, version });
  };
  const stack: Array<{ branch: CsafBranch; path: PropertyKey[]; version: VersionBranch | null }> = [];
  (tree?.branches ?? []).forEach((branch, i) => stack.push({ branch, path: ['product_tree', 'branches', i], version: null }));
  while (stack.length > 0) {
    const { branch, path, version } = stack.pop()!;
    const own: VersionBranch | null =
      branch.category === 'product_version' || branch.category === 'product_version_range'
        ? { category: branch.category, name: branch.name, path }
        : version;
    if (branch.product) define(branch.product, own, [...path, 'product', 'product_id']);
    (branch.branches ?? []).forEach((child, i) => stack.push({ branch: child, path: [...path, 'branches', i], version: own }));
  }
  (tree?.full_product_names ?? []).forEach((entry, i) => define(entry, null, ['product_tree', 'full_product_names', i, 'product_id']));
  resolveRelationships(tree, found, define);
  const products = new Map<string, CsafProduct>();
  // Relationship products share their component's purl: parse each purl once.
  const purlVersions = new Map<string, string | null | undefined>();
  const purlVersion = (purl: string) => {
    if (!purlVersions.has(purl)) purlVersions.set(purl, parsePurlVersion(purl));
    return purlVersions.get(purl);
  };
  for (const [productId, { entry, version }] of found) products.set(productId, toProduct(entry, version, purlVersion));
  return products;
}

function resolveRelationships(
  tree: CsafProductTree | undefined,
  found: Map<string, Found>,
  define: (entry: CsafFullProductName, version: VersionBranch | null, path: PropertyKey[]) => void,
): void {
  let pending = (tree?.relationships ?? []).map((relationship, i) => ({ relationship, i }));
  // A relationship may refer to a product another relationship defines: resolve until nothing moves.
  while (pending.length > 0) {
    const next = pending.filter(({ relationship, i }) => {
      const component = found.get(relationship.product_reference);
      if (!component) return true;
      const own = relationship.full_product_name;
      const helper = own.product_identification_helper ?? component.entry.product_identification_helper;
      define({ ...own, product_identification_helper: helper }, component.version, ['product_tree', 'relationships', i, 'full_product_name', 'product_id']);
      return false;
    });
    if (next.length === pending.length) {
      const { relationship, i } = next[0];
      refuse(['product_tree', 'relationships', i, 'product_reference'], `product id "${relationship.product_reference}" is not defined in the product tree`);
    }
    pending = next;
  }
}

/** The version a purl carries, null when it has none, undefined when it is not a purl. */
type PurlVersion = (purl: string) => string | null | undefined;

function toProduct(entry: CsafFullProductName, version: VersionBranch | null, purlVersion: PurlVersion): CsafProduct {
  const helper = entry.product_identification_helper;
  const versionInPurl = helper?.purl ? purlVersion(helper.purl) : undefined;
  const purl = versionInPurl !== undefined ? helper!.purl! : null;
  const cpe = helper?.cpe ?? null;
  if (!purl && !cpe) {
    const why = helper?.purl
      ? `its purl "${helper.purl}" is not a valid package URL`
      : helper?.hashes
        ? 'it is identified only by file hashes'
        : 'it has no purl or CPE in product_identification_helper';
    return { matchable: false, productId: entry.product_id, reason: `product "${entry.product_id}" (${entry.name}) is not matched: ${why}` };
  }
  const product: StatementProduct = { purl, cpe, documentRef: entry.product_id, name: entry.name };
  if (versionInPurl) return { matchable: true, product, range: { kind: 'exact', versions: [versionInPurl] }, note: null };
  if (version?.category === 'product_version_range') {
    const range = rangeFromVers(version.name);
    if (range) return { matchable: true, product, range, note: null };
    return {
      matchable: false,
      productId: entry.product_id,
      reason: at(version.path, `product "${entry.product_id}" is not matched: the version range "${version.name}" is not a vers string`),
    };
  }
  if (version?.category === 'product_version') return { matchable: true, product, range: { kind: 'exact', versions: [version.name] }, note: null };
  return {
    matchable: true,
    product,
    range: { kind: 'all' },
    note: `product "${entry.product_id}" (${entry.name}) gives no version: its statements cover every version`,
  };
}
