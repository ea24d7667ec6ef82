export type MemberDto = {
  id: string;
  email: string;
  name: string;
  role: 'admin' | 'member';
  isEnabled: boolean;
  isPlatformAdmin: boolean;
  version: number;
};

/** A user as their organisation's admins see them: never the password hash. */
export const toMemberDto = (row: MemberDto & Record<string, unknown>): MemberDto => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
  isEnabled: row.isEnabled,
  isPlatformAdmin: row.isPlatformAdmin,
  version: row.version,
});
