import { describe, expect, it } from 'vitest';
import { scoreFromCvssVector } from '@/lib/advisories/formats/cvss-score';
import { purlFromEcosystem } from '@/lib/advisories/formats/ecosystem-purl';

describe('purlFromEcosystem', () => {
  it.each([
    ['npm', 'lodash', 'pkg:npm/lodash'],
    ['npm', '@babel/core', 'pkg:npm/%40babel/core'],
    ['PyPI', 'Django', 'pkg:pypi/django'],
    ['Maven', 'org.apache.logging.log4j:log4j-core', 'pkg:maven/org.apache.logging.log4j/log4j-core'],
    ['Go', 'github.com/gin-gonic/gin', 'pkg:golang/github.com/gin-gonic/gin'],
    ['crates.io', 'tokio', 'pkg:cargo/tokio'],
    ['RubyGems', 'rails', 'pkg:gem/rails'],
    ['NuGet', 'Newtonsoft.Json', 'pkg:nuget/Newtonsoft.Json'],
    ['Packagist', 'symfony/http-kernel', 'pkg:composer/symfony/http-kernel'],
    ['Hex', 'plug', 'pkg:hex/plug'],
    ['Pub', 'http', 'pkg:pub/http'],
    ['Debian:12', 'openssl', 'pkg:deb/debian/openssl?distro=debian-12'],
    ['Ubuntu:22.04:LTS', 'curl', 'pkg:deb/ubuntu/curl?distro=ubuntu-22.04'],
    ['Alpine:v3.16', 'mariadb', 'pkg:apk/alpine/mariadb?distro=alpine-3.16'],
  ])('%s %s → %s', (ecosystem, name, purl) => {
    expect(purlFromEcosystem(ecosystem, name)).toBe(purl);
  });

  it('has no purl for ecosystems without a purl type, nor for a Maven name without artifact', () => {
    expect(purlFromEcosystem('OSS-Fuzz', 'libxml2')).toBeNull();
    expect(purlFromEcosystem('Linux', 'kernel')).toBeNull();
    expect(purlFromEcosystem('Maven', 'log4j-core')).toBeNull();
  });
});

describe('scoreFromCvssVector', () => {
  it.each([
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', 10],
    ['CVSS:3.0/AV:N/AC:L/PR:N/UI:R/S:U/C:L/I:L/A:N', 5.4],
    ['CVSS:3.1/AV:L/AC:L/PR:N/UI:R/S:U/C:H/I:N/A:L/E:F/RL:O/RC:C', 6.1],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', 9.3],
    ['AV:N/AC:L/Au:N/C:P/I:P/A:P', 7.5],
  ])('%s → %s', (vector, score) => {
    expect(scoreFromCvssVector(vector)).toBe(score);
  });

  it('is null for incomplete or unknown vectors', () => {
    expect(scoreFromCvssVector('CVSS:3.1/AV:N/AC:L')).toBeNull();
    expect(scoreFromCvssVector('AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:N')).toBeNull();
    expect(scoreFromCvssVector('CVSS:9.9/AV:N')).toBeNull();
    expect(scoreFromCvssVector('high')).toBeNull();
  });
});
