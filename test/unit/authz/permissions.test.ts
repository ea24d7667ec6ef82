import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { can, permissions, type Permission } from '@/lib/authz/permissions';

const ROOT = path.resolve(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(d.name) ? [full] : [];
  });
}

describe('the permission map', () => {
  it('has no entry that the portal never checks', () => {
    const sources = ['app', 'lib']
      .flatMap((dir) => sourceFiles(path.join(ROOT, dir)))
      .filter((f) => !f.endsWith(path.join('lib', 'authz', 'permissions.ts')))
      .map((f) => fs.readFileSync(f, 'utf8'))
      .join('\n');
    const unused = (Object.keys(permissions) as Permission[]).filter((p) => !sources.includes(`'${p}'`));
    expect(unused).toEqual([]);
  });

  it('decides from kind, org role and platform flag', () => {
    const actor = (orgKind: 'vendor' | 'lab' | 'regulator' | 'operator', orgRole: 'admin' | 'member' = 'member', isPlatformAdmin = false) => ({ orgKind, orgRole, isPlatformAdmin });
    expect(can(actor('vendor'), 'product.create')).toBe(true);
    expect(can(actor('operator'), 'product.create')).toBe(false);
    expect(can(actor('lab', 'member'), 'members.manage')).toBe(false);
    expect(can(actor('lab', 'admin'), 'members.manage')).toBe(true);
    expect(can(actor('regulator', 'admin'), 'org.create')).toBe(false);
    expect(can(actor('regulator', 'admin', true), 'org.create')).toBe(true);
    expect(can(null, 'org.list')).toBe(false);
  });
});
