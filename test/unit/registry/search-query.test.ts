import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_SEARCH_WORDS, searchText, searchWords } from '@/lib/registry/search-query';

describe('searchText', () => {
  it('lower-cases the words and joins them with spaces', () => {
    expect(searchText('Nord  AMF')).toBe('nord amf');
  });

  it('keeps versions and hyphenated names whole, for the text-search parser to split as it split the names', () => {
    expect(searchText('aurora 5.2')).toBe('aurora 5.2');
    expect(searchText('gNB-CU ra-gnbdu-x2')).toBe('gnb-cu ra-gnbdu-x2');
  });

  it('turns tsquery operators, quotes and backslashes into word breaks', () => {
    expect(searchText("O'Brien")).toBe('o brien');
    expect(searchText("a & b | !c <-> (d):* \\e'")).toBe('a b c d e');
    expect(searchText("x'); drop table certificates; --")).toBe('x drop table certificates');
  });

  it('is null when there is nothing to search for', () => {
    for (const text of ['', '   ', '&|!', "''", '-- .. __', ':*']) expect(searchText(text)).toBeNull();
  });

  it('drops repeated words and stops after a bounded number of words', () => {
    expect(searchWords('amf AMF amf')).toEqual(['amf']);
    expect(searchWords(Array.from({ length: 30 }, (_, i) => `w${i}`).join(' '))).toHaveLength(MAX_SEARCH_WORDS);
  });

  it('handles non-Latin letters', () => {
    expect(searchText('Sørlandet Müller Ōkami')).toBe('sørlandet müller ōkami');
  });

  it('drops the dot that lower-casing adds to İ (i + U+0307)', () => {
    expect(searchText('İ')).toBe('i');
    expect(searchText('İzmir gNB')).toBe('izmir gnb');
  });

  it('never lets anything but words of letters, digits and inner joiners through, whatever the input', () => {
    const word = '[\\p{L}\\p{N}]([\\p{L}\\p{N}._-]*[\\p{L}\\p{N}])?';
    const shape = new RegExp(`^${word}( ${word})*$`, 'u');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const query = searchText(text);
        return query === null || (shape.test(query) && query.split(' ').length <= MAX_SEARCH_WORDS);
      }),
      { numRuns: 500 },
    );
  });
});
