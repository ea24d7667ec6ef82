export const orgKinds = ['vendor', 'lab', 'regulator', 'operator'] as const;
export type OrgKind = (typeof orgKinds)[number];
export const orgRoles = ['admin', 'member'] as const;
export type OrgRole = (typeof orgRoles)[number];

/** The signed-in caller, re-read from the database on every request. */
export type Actor = {
  userId: string;
  email: string;
  name: string;
  orgId: string;
  orgName: string;
  orgKind: OrgKind;
  orgRole: OrgRole;
  isPlatformAdmin: boolean;
  via: 'session' | 'token' | 'cli';
};
