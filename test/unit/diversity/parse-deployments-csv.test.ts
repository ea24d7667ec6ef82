import { describe, expect, it } from 'vitest';
import { parseDeploymentsCsv } from '@/lib/deployments/parse-deployments-csv';
import { canonicalInventory } from '@/lib/deployments/canonical-inventory';

const ID1 = '11111111-1111-4111-8111-111111111111';
const ID2 = '22222222-2222-4222-8222-222222222222';
const ID3 = '33333333-3333-4333-8333-333333333333';

describe('parseDeploymentsCsv', () => {
  it('reads the id format, with a BOM, CRLF and blank lines', () => {
    const outcome = parseDeploymentsCsv(`\uFEFFproductVersionId,quantity\r\n${ID1},12\r\n\r\n${ID2.toUpperCase()}, 3 \r\n`);
    expect(outcome).toEqual({
      ok: true,
      format: 'ids',
      rows: [
        { line: 2, productVersionId: ID1, quantity: 12 },
        { line: 4, productVersionId: ID2, quantity: 3 },
      ],
    });
  });

  it('reads the names format in any column order, with quoted commas', () => {
    const outcome = parseDeploymentsCsv('Quantity,Vendor,Product,Version\n5,"Nordwave Networks","Aurora gNB, macro",5.2.0\n');
    expect(outcome).toEqual({ ok: true, format: 'names', rows: [{ line: 2, quantity: 5, vendor: 'Nordwave Networks', product: 'Aurora gNB, macro', version: '5.2.0' }] });
  });

  it('reports every bad row with its line, all or nothing', () => {
    const outcome = parseDeploymentsCsv(`productVersionId,quantity\n${ID1},0\nnot-an-id,5\n${ID2},1.5\n${ID1},2\n${ID3},10000001\n`);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors.map((e) => e.line)).toEqual([2, 3, 4, 5, 6]);
    expect(outcome.errors[0].message).toMatch(/out of range/);
    expect(outcome.errors[1].message).toMatch(/not a product version id/);
    expect(outcome.errors[2].message).toMatch(/not a whole number/);
    expect(outcome.errors[3].message).toMatch(/already on line 2/);
    expect(outcome.errors[4].message).toMatch(/out of range/);
  });

  it('refuses unknown headers, mixed formats, semicolons and a missing header', () => {
    const headerError = (text: string) => {
      const outcome = parseDeploymentsCsv(text);
      return outcome.ok ? null : outcome.errors[0];
    };
    expect(headerError('')).toMatchObject({ line: 1, message: expect.stringMatching(/empty/) });
    expect(headerError('productVersionId;quantity\n')?.message).toMatch(/semicolons/);
    expect(headerError('productVersionId,quantity,vendor\n')?.message).toMatch(/must be/);
    expect(headerError('sku,quantity\n')?.message).toMatch(/Unknown column "sku"/);
    expect(headerError(`${ID1},5\n`)?.message).toMatch(/looks like a data row/);
  });

  it('reports empty names and duplicate names case-insensitively', () => {
    const outcome = parseDeploymentsCsv('vendor,product,version,quantity\nA,,1.0,3\nA,P,1.0,3\na,p,1.0,4\n');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors).toEqual([
      { line: 2, message: 'product is empty' },
      { line: 4, message: expect.stringMatching(/already on line 3/) },
    ]);
  });

  it('limits the number of rows', () => {
    const outcome = parseDeploymentsCsv(`productVersionId,quantity\n${ID1},1\n${ID2},1\n`, { maxRows: 1 });
    expect(outcome).toEqual({ ok: false, errors: [{ line: 3, message: expect.stringMatching(/Too many rows/) }] });
  });
});

describe('canonicalInventory', () => {
  it('is the same text whatever the order and case of the ids', () => {
    const a = canonicalInventory([{ productVersionId: ID2, quantity: 1 }, { productVersionId: ID1, quantity: 2 }]);
    const b = canonicalInventory([{ productVersionId: ID1.toUpperCase(), quantity: 2 }, { productVersionId: ID2, quantity: 1 }]);
    expect(a).toBe(b);
    expect(a).toBe(`[{"productVersionId":"${ID1}","quantity":2},{"productVersionId":"${ID2}","quantity":1}]`);
    expect(canonicalInventory([])).toBe('[]');
  });
});
