/**
 * Who a person is to the viewer, by name or by role. Colleagues (the same organisation) see each other's
 * names on decisions and history; everyone else sees the role only ("Regulator"), so a vendor cannot tell
 * which civil servant decided — and cannot single one out. Isomorphic: the server sends only colleagues'
 * names (lib/users/colleague-names.ts), the page words them (`personLabel`).
 */
export type PersonRef = { userId: string | null; orgId: string | null; orgKind: string };

const ROLE_LABELS: Record<string, string> = { vendor: 'Vendor', lab: 'Test lab', regulator: 'Regulator', operator: 'Operator' };

/** "You", the colleague's name, or the role; `name` is what the server sent (null for another organisation). */
export function personLabel(viewerUserId: string, person: PersonRef | null, name: string | null | undefined): string {
  if (!person || person.orgKind === 'system' || !person.userId) return 'The system';
  if (person.userId === viewerUserId) return 'You';
  if (name) return name;
  return ROLE_LABELS[person.orgKind] ?? person.orgKind;
}
