import { compareDigitRuns, compareOrdinal } from './numeric-string';
import { defineScheme } from './version-scheme';

/**
 * NuGet versions (NuGet.Versioning): SemVer 2.0 with up to four numeric parts (missing parts are
 * 0, so `1.0 = 1.0.0.0`), pre-release labels compared case-insensitively, metadata ignored.
 */
export const nugetScheme = defineScheme<NugetVersion>({
  name: 'nuget',
  confidence: 'high',
  parse: (version) => (NUGET.test(version) ? split(version) : null),
  compareParsed: (a, b) => compareNuget(a, b),
});

type NugetVersion = { parts: string[]; pre: string[] };

const NUGET = /^v?\d+(?:\.\d+){0,3}(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

function split(version: string): NugetVersion {
  const body = version.replace(/^v/, '').split('+')[0];
  const dash = body.indexOf('-');
  const release = dash === -1 ? body : body.slice(0, dash);
  const pre = dash === -1 ? [] : body.slice(dash + 1).toLowerCase().split('.');
  const parts = release.split('.');
  while (parts.length < 4) parts.push('0');
  return { parts, pre };
}

function compareNuget(x: NugetVersion, y: NugetVersion): number {
  for (let i = 0; i < 4; i++) {
    const r = compareDigitRuns(x.parts[i], y.parts[i]);
    if (r !== 0) return r;
  }
  if (x.pre.length === 0 || y.pre.length === 0) return y.pre.length - x.pre.length;
  const n = Math.max(x.pre.length, y.pre.length);
  for (let i = 0; i < n; i++) {
    const l = x.pre[i];
    const r = y.pre[i];
    if (l === undefined || r === undefined) return l === undefined ? -1 : 1;
    const ln = /^\d+$/.test(l);
    const rn = /^\d+$/.test(r);
    const c = ln && rn ? compareDigitRuns(l, r) : ln ? -1 : rn ? 1 : compareOrdinal(l, r);
    if (c !== 0) return c;
  }
  return 0;
}
