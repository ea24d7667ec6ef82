import type { OrgKind } from '@/lib/authz/actor';
import { Badge } from '@/app/_components/ui/badge';
import { orgKindLabels, orgKindTones } from './org-kind';

export function OrgKindBadge({ kind, 'data-testid': testId }: { kind: OrgKind; 'data-testid'?: string }) {
  return (
    <Badge tone={orgKindTones[kind]} data-testid={testId}>
      {orgKindLabels[kind]}
    </Badge>
  );
}
