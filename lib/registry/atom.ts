import { escapeXml } from './xml';

export type AtomLink = { href: string; rel?: string; type?: string; title?: string };

export type AtomEntry = {
  /** A permanent IRI, e.g. a tag: URI; never reused for another entry. */
  id: string;
  title: string;
  /** RFC 3339. */
  updated: string;
  links: AtomLink[];
  /** Plain text. */
  content: string;
  categories?: string[];
};

export type AtomFeed = {
  id: string;
  title: string;
  subtitle?: string;
  /** RFC 3339; the newest entry's time, or now for an empty feed. */
  updated: string;
  selfUrl: string;
  alternateUrl: string;
  author: string;
  generator?: string;
  entries: AtomEntry[];
};

const attr = (name: string, value: string | undefined) => (value === undefined ? '' : ` ${name}="${escapeXml(value)}"`);
const element = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;
const link = (l: AtomLink) => `<link${attr('rel', l.rel)}${attr('type', l.type)}${attr('href', l.href)}${attr('title', l.title)}/>`;

/** An Atom 1.0 (RFC 4287) document; every text and attribute is escaped. */
export function buildAtomFeed(feed: AtomFeed): string {
  const out = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  ${element('id', feed.id)}`,
    `  <title type="text">${escapeXml(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle type="text">${escapeXml(feed.subtitle)}</subtitle>`] : []),
    `  ${element('updated', feed.updated)}`,
    `  ${link({ rel: 'self', type: 'application/atom+xml', href: feed.selfUrl })}`,
    `  ${link({ rel: 'alternate', type: 'text/html', href: feed.alternateUrl })}`,
    `  <author>${element('name', feed.author)}</author>`,
    ...(feed.generator ? [`  ${element('generator', feed.generator)}`] : []),
  ];
  for (const entry of feed.entries) {
    out.push(
      '  <entry>',
      `    ${element('id', entry.id)}`,
      `    <title type="text">${escapeXml(entry.title)}</title>`,
      `    ${element('updated', entry.updated)}`,
      ...entry.links.map((l) => `    ${link(l)}`),
      ...(entry.categories ?? []).map((term) => `    <category${attr('term', term)}/>`),
      `    <content type="text">${escapeXml(entry.content)}</content>`,
      '  </entry>',
    );
  }
  out.push('</feed>', '');
  return out.join('\n');
}
