import type { MemberDto } from '@/lib/users/member-dto';
import { Badge } from '@/app/_components/ui/badge';
import { Table, TBody, Td, Th, THead } from '@/app/_components/ui/data-table';
import { MemberActions } from './member-actions';

type Props = { members: MemberDto[]; currentUserId: string; canManage: boolean };

export function MembersTable({ members, currentUserId, canManage }: Props) {
  return (
    <Table caption="Members of your organisation" captionHidden data-testid="members-table">
      <THead>
        <tr>
          <Th>Name</Th>
          <Th>Email</Th>
          <Th>Role</Th>
          <Th>Status</Th>
          {canManage ? <Th>Manage</Th> : null}
        </tr>
      </THead>
      <TBody>
        {members.map((m) => {
          const isSelf = m.id === currentUserId;
          return (
            <tr key={m.id} data-testid={`member-row-${m.email}`}>
              <Th scope="row">
                {m.name}
                {isSelf ? <span className="ml-1 font-normal text-slate-500">(you)</span> : null}
              </Th>
              <Td>{m.email}</Td>
              <Td>
                <Badge tone={m.role === 'admin' ? 'info' : 'neutral'} data-testid="member-role-badge">
                  {m.role === 'admin' ? 'Admin' : 'Member'}
                </Badge>
              </Td>
              <Td>
                <Badge tone={m.isEnabled ? 'success' : 'danger'} data-testid="member-status-badge">
                  {m.isEnabled ? 'Active' : 'Disabled'}
                </Badge>
              </Td>
              {canManage ? (
                <Td>
                  {isSelf ? (
                    <span className="text-sm text-slate-500">Another admin manages your account</span>
                  ) : (
                    <MemberActions key={m.version} member={m} />
                  )}
                </Td>
              ) : null}
            </tr>
          );
        })}
      </TBody>
    </Table>
  );
}
