import { describe, expect, it } from 'vitest';
import { readResultsBody } from '@/lib/results/read-results-body';

const request = (headers: Record<string, string>, body?: BodyInit) =>
  new Request('http://localhost/x', { method: 'PUT', headers, body });

describe('readResultsBody', () => {
  it('parses JSON and returns CSV as text', async () => {
    expect(await readResultsBody(request({ 'content-type': 'application/json; charset=utf-8' }, '{"results":[]}'))).toEqual({ kind: 'json', value: { results: [] } });
    expect(await readResultsBody(request({ 'content-type': 'text/csv' }, 'testCaseId,result\n'))).toEqual({ kind: 'csv', text: 'testCaseId,result\n' });
  });

  it('refuses other media types and charsets with 415', async () => {
    await expect(readResultsBody(request({ 'content-type': 'text/plain' }, 'x'))).rejects.toMatchObject({ status: 415 });
    await expect(readResultsBody(request({}, 'x'))).rejects.toMatchObject({ status: 415 });
    await expect(readResultsBody(request({ 'content-type': 'text/csv; charset=utf-16' }, 'x'))).rejects.toMatchObject({ status: 415 });
  });

  it('refuses a body over the cap with 413, declared or not', async () => {
    await expect(readResultsBody(request({ 'content-type': 'text/csv', 'content-length': '11' }, 'x'), 10)).rejects.toMatchObject({ status: 413 });
    await expect(readResultsBody(request({ 'content-type': 'text/csv' }, 'x'.repeat(11)), 10)).rejects.toMatchObject({ status: 413 });
    expect(await readResultsBody(request({ 'content-type': 'text/csv' }, 'x'.repeat(10)), 10)).toEqual({ kind: 'csv', text: 'x'.repeat(10) });
  });

  it('answers 400 for empty, malformed or non-UTF-8 bodies', async () => {
    await expect(readResultsBody(request({ 'content-type': 'application/json' }, '  '))).rejects.toMatchObject({ status: 400 });
    await expect(readResultsBody(request({ 'content-type': 'text/csv' }, '\uFEFF'))).rejects.toMatchObject({ status: 400 });
    await expect(readResultsBody(request({ 'content-type': 'application/json' }, '{"results":'))).rejects.toMatchObject({ status: 400 });
    await expect(readResultsBody(request({ 'content-type': 'text/csv' }, new Uint8Array([0xff, 0xfe, 0x74, 0x00])))).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('CSV UTF-8'),
    });
  });
});
