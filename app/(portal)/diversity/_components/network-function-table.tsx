import type { DiversityDto } from '@/lib/diversity/diversity-dto';
import { basisPointsFraction } from '@/lib/diversity/policy';
import { percentText } from '@/lib/diversity/percent-text';
import { formatCount, segmentNames, unitsText } from '@/app/(portal)/components/_components/labels';
import { Badge } from '@/app/_components/ui/badge';
import { Table, TBody, Td, Th, THead } from '@/app/_components/ui/data-table';
import { flagsText } from './flags-text';

type Props = { segment: DiversityDto['segments'][number]; isAllOperators: boolean };

/** Per network function of a segment: units, each vendor's share (and networks), the HHI and the flag against the segment's thresholds. */
export function NetworkFunctionTable({ segment, isAllOperators }: Props) {
  const limit = basisPointsFraction(segment.threshold.shareBasisPoints);
  return (
    <Table caption={`${segmentNames[segment.segment]} by network function`} data-testid={`nf-table-${segment.segment}`}>
      <THead>
        <tr>
          <Th>Function</Th>
          <Th>Units</Th>
          <Th>Vendor shares</Th>
          <Th>HHI</Th>
          <Th>Flag</Th>
        </tr>
      </THead>
      <TBody>
        {segment.networkFunctions.map((f) => (
          <tr key={f.networkFunction} data-testid="nf-row" data-function={f.networkFunction}>
            <Th scope="row">{f.networkFunction}</Th>
            <Td className="tabular-nums">{formatCount(f.totalUnits)}</Td>
            <Td>
              <ul className="space-y-0.5">
                {f.vendors.map((v) => (
                  <li key={v.vendorId}>
                    <span className="font-medium text-slate-900">{v.vendorName}</span>{' '}
                    <span className="tabular-nums">
                      {percentText(v.units, f.totalUnits, v.isConcentrated ? limit : undefined)} ({unitsText(v.units)}
                      {isAllOperators ? `, ${v.operatorCount} network${v.operatorCount === 1 ? '' : 's'}` : ''})
                    </span>
                  </li>
                ))}
              </ul>
            </Td>
            <Td className="tabular-nums">{formatCount(f.hhi)}</Td>
            <Td data-testid="nf-flag">{f.flags.length ? <Badge tone="warning">{flagsText(f.flags)}</Badge> : <span className="text-slate-600">—</span>}</Td>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
