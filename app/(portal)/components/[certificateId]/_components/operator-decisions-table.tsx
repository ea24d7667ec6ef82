import type { OperatorDecisionDto } from '@/lib/operator-decisions/operator-decision-dto';
import { formatDateTime } from '@/app/_components/format/format-date-time';
import { Table, TBody, Td, Th, THead } from '@/app/_components/ui/data-table';
import { DecisionBadge } from '../../_components/decision-badge';

/** Regulators: every operator's decision on this certificate. */
export function OperatorDecisionsTable({ items }: { items: OperatorDecisionDto[] }) {
  if (items.length === 0) return <p className="text-sm text-slate-700">No operator has recorded a decision yet.</p>;
  return (
    <Table caption="Operators' decisions" captionHidden data-testid="operator-decisions">
      <THead>
        <tr>
          <Th>Operator</Th>
          <Th>Decision</Th>
          <Th>Rationale</Th>
          <Th>Decided</Th>
        </tr>
      </THead>
      <TBody>
        {items.map((d) => (
          <tr key={d.id}>
            <Th scope="row">{d.operator.name}</Th>
            <Td>
              <DecisionBadge decision={d.decision} />
            </Td>
            <Td className="whitespace-pre-line">{d.rationale}</Td>
            <Td className="whitespace-nowrap">
              {formatDateTime(d.decidedAt)}
              <span className="block text-xs text-slate-600">{d.decidedBy.name}</span>
            </Td>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
