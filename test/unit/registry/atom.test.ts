import { describe, expect, it } from 'vitest';
import { buildAtomFeed } from '@/lib/registry/atom';
import { escapeXml } from '@/lib/registry/xml';
import { expectWellFormedXml } from './well-formed-xml';

const hostile = `<script>alert("x")</script> & 'quotes' ]]> \u0001\u0008\u000b\u001f\ud800 ok`;

describe('escapeXml', () => {
  it('escapes markup characters in text and attributes', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });

  it('drops characters XML 1.0 does not allow, keeping tabs, line breaks and astral characters', () => {
    expect(escapeXml('a\u0000b\u0007c\u000bd\ufffee\uffff')).toBe('abcde');
    expect(escapeXml('tab\tnl\ncr\r')).toBe('tab\tnl\ncr\r');
    expect(escapeXml('\ud83d\ude00 emoji')).toBe('\ud83d\ude00 emoji');
    expect(escapeXml('lone \ud800 surrogate')).toBe('lone  surrogate');
  });
});

describe('the well-formedness check itself', () => {
  it('rejects what an XML parser would', () => {
    for (const bad of ['<a>&</a>', '<a><b></a></b>', '<a>1 < 2</a>', '<a x="1" x="2"/>', '<a/><b/>', '<a>', '<a>\u0001</a>']) {
      expect(() => expectWellFormedXml(bad), bad).toThrow();
    }
    expect(() => expectWellFormedXml('<?xml version="1.0"?><a x="&amp;"><b/>&#233;</a>')).not.toThrow();
  });
});

describe('buildAtomFeed', () => {
  const feed = buildAtomFeed({
    id: 'tag:example.org,2025:feed?q=a&b',
    title: hostile,
    subtitle: 'sub',
    updated: '2026-01-01T00:00:00.000Z',
    selfUrl: 'https://example.org/feed.atom?q=a&status=valid',
    alternateUrl: 'https://example.org/?q=a&status=valid',
    author: 'Trustledger',
    entries: [
      {
        id: 'tag:example.org,2025:trustledger/log/7',
        title: hostile,
        updated: '2026-01-01T00:00:00.000Z',
        links: [{ rel: 'alternate', href: 'https://example.org/registry/1?x="y"&z=<w>' }],
        categories: ['certificate.issued'],
        content: `${hostile}\nline two`,
      },
    ],
  });

  it('is a well-formed Atom 1.0 document', () => {
    expectWellFormedXml(feed);
    expect(feed.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    for (const tag of ['id', 'title', 'updated', 'author', 'entry', 'content']) expect(feed).toContain(`<${tag}`);
  });

  it('escapes every text and attribute', () => {
    expect(feed).not.toContain('<script>');
    expect(feed).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;quotes&apos; ]]&gt;');
    expect(feed).toContain('href="https://example.org/registry/1?x=&quot;y&quot;&amp;z=&lt;w&gt;"');
    expect(feed).toContain('<id>tag:example.org,2025:feed?q=a&amp;b</id>');
    // eslint-disable-next-line no-control-regex
    expect(feed).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });

  it('lists no entries for an empty feed and is still well-formed', () => {
    const empty = buildAtomFeed({ id: 'tag:x,2025:f', title: 't', updated: '2026-01-01T00:00:00.000Z', selfUrl: 's', alternateUrl: 'a', author: 'A', entries: [] });
    expectWellFormedXml(empty);
    expect(empty).not.toContain('<entry>');
  });
});
