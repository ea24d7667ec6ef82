import type { OrgKind } from '@/lib/authz/actor';
import type { BadgeTone } from '@/app/_components/ui/badge';

export const orgKindLabels: Record<OrgKind, string> = {
  vendor: 'Vendor',
  lab: 'Test lab',
  regulator: 'Regulator',
  operator: 'Operator',
};

export const orgKindTones: Record<OrgKind, BadgeTone> = {
  vendor: 'info',
  lab: 'violet',
  regulator: 'warning',
  operator: 'success',
};
