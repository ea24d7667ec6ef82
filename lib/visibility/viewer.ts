import type { OrgKind } from '@/lib/authz/actor';

/**
 * Who is looking, as far as "who sees what" (PRODUCT.md) cares: the caller's organisation and its
 * kind, or `null` for the public (no sign-in). An `Actor` is a `Viewer`.
 */
export type Viewer = { orgId: string; orgKind: OrgKind } | null;

/** A signed-in viewer (the scopes that serve only signed-in pages take this). */
export type SignedInViewer = NonNullable<Viewer>;
