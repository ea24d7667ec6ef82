import 'server-only';
import type { Actor } from '@/lib/authz/actor';
import { applicableTestCases, type ApplicableTestCase } from '@/lib/catalogue/applicable-test-cases';
import { scasCatalogue } from '@/lib/catalogue/scas-catalogue';
import { parseInput } from '@/lib/validation/parse';
import { catalogueQuerySchema } from '@/lib/validation/results';

export type TestCaseDto = {
  id: string;
  spec: string;
  specVersion: string;
  clause: string;
  title: string;
  group: string;
  testNames: string[];
};

function toTestCaseDto(t: ApplicableTestCase): TestCaseDto {
  return {
    id: t.id,
    spec: t.spec,
    specVersion: t.specVersion,
    clause: t.clause,
    title: t.title,
    group: t.group,
    // The same trimming the database copy gets (sync-catalogue.ts), so both read alike.
    testNames: t.testNames.map((n) => n.trim()),
  };
}

/**
 * The test cases a product must be evaluated against, in evaluation order: TS 33.117, the network
 * function's own SCAS, TS 33.527 when virtualized. Throws on an unknown network function, so only
 * call it with a validated one (a product's, or parsed by `catalogueQuerySchema`).
 */
export function testCasesForProduct(networkFunction: string, isVirtualized: boolean): TestCaseDto[] {
  return applicableTestCases(scasCatalogue, networkFunction, isVirtualized).map(toTestCaseDto);
}

/** Every test case id in the catalogue, applicable to a product or not. */
export function isCatalogueTestCaseId(id: string): boolean {
  return catalogueIds.has(id);
}
const catalogueIds = new Set(scasCatalogue.specs.flatMap((s) => s.test_cases.map((t) => t.id)));

/**
 * `GET /api/v1/catalogue?networkFunction=NF[&virtualized=true]`: the SCAS test cases that apply to a
 * network function. Any signed-in user (the catalogue is public 3GPP material; the actor is taken
 * so that the route cannot forget to authenticate). An unknown network function is a 400 listing the
 * valid ones. Logs nothing.
 */
export function listCatalogueTestCases(_actor: Actor, query: unknown): { items: TestCaseDto[] } {
  const { networkFunction, virtualized } = parseInput(catalogueQuerySchema, query);
  return { items: testCasesForProduct(networkFunction, virtualized) };
}
