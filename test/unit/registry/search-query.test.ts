import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildPrefixSearch, MAX_SEARCH_WORDS, searchWords } from '@/lib/registry/search-query';

/** The whole search as one tsquery text, for comparing. */
const buildPrefixTsQuery = (text: string) => {
  const search = buildPrefixSearch(text);
  return search && [search.parsed, search.whole].filter(Boolean).join(' & ');
};

describe('buildPrefixSearch', () => {
  it('matches every word as a prefix, lower-cased', () => {
    expect(buildPrefixTsQuery('Nord AMF')).toBe("'nord':* & 'amf':*");
  });

  it('keeps versions and hyphenated names whole, as the text-search parser does', () => {
    expect(buildPrefixTsQuery('aurora 5.2')).toBe("'aurora':* & '5.2':*");
    expect(buildPrefixTsQuery('gNB-CU')).toBe("'gnb-cu':*");
  });

  it('matches hyphenated ASCII words whole and lets the parser split the rest', () => {
    expect(buildPrefixSearch('Raven gNB-DU ra-gnbdu-x2')).toEqual({ parsed: "'raven':*", whole: "'gnb-du':* & 'ra-gnbdu-x2':*" });
    expect(buildPrefixSearch('gNB-CU-CP')).toEqual({ parsed: null, whole: "'gnb-cu-cp':*" });
    for (const word of ['5g-ran', '5.2.0-lts', 'x-1', 'gnb_du-x', 'çelik-x', 'a--b']) {
      expect(buildPrefixSearch(word)?.whole ?? null, word).toBeNull();
    }
  });

  it('turns tsquery operators, quotes and backslashes into word breaks', () => {
    expect(buildPrefixTsQuery("O'Brien")).toBe("'o':* & 'brien':*");
    expect(buildPrefixTsQuery("a & b | !c <-> (d):* \\e'")).toBe("'a':* & 'b':* & 'c':* & 'd':* & 'e':*");
    expect(buildPrefixTsQuery("x'); drop table certificates; --")).toBe("'x':* & 'drop':* & 'table':* & 'certificates':*");
  });

  it('is null when there is nothing to search for', () => {
    for (const text of ['', '   ', '&|!', "''", '-- .. __', ':*']) expect(buildPrefixTsQuery(text)).toBeNull();
  });

  it('drops repeated words and stops after a bounded number of words', () => {
    expect(searchWords('amf AMF amf')).toEqual(['amf']);
    expect(searchWords(Array.from({ length: 30 }, (_, i) => `w${i}`).join(' '))).toHaveLength(MAX_SEARCH_WORDS);
  });

  it('handles non-Latin letters', () => {
    expect(buildPrefixTsQuery('Sørlandet Müller Ōkami')).toBe("'sørlandet':* & 'müller':* & 'ōkami':*");
  });

  it('never lets anything but quoted word lexemes through, whatever the input', () => {
    const lexeme = "'[\\p{L}\\p{N}._-]+':\\*";
    const shape = new RegExp(`^${lexeme}( & ${lexeme})*$`, 'u');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const query = buildPrefixTsQuery(text);
        return query === null || (shape.test(query) && query.split(' & ').every((word) => !/^[._-]|[._-]$/.test(word.slice(1, -3))));
      }),
      { numRuns: 500 },
    );
  });
});
