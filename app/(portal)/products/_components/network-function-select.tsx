import type { ComponentProps } from 'react';
import { Select } from '@/app/_components/ui/select';
import { networkFunctionsBySegment, segmentLabels } from './segments';

type Props = Omit<ComponentProps<typeof Select>, 'options' | 'placeholder'> & {
  /** Text of a first, empty option. */
  placeholder: string;
};

const groups = networkFunctionsBySegment().map((group) => ({
  label: `${segmentLabels[group.segment]} segment`,
  options: group.functions.map((nf) => ({ value: nf, label: `${nf} — ${segmentLabels[group.segment]}` })),
}));

/** Network functions grouped by the segment each maps to; the option text names the segment too. */
export function NetworkFunctionSelect(props: Props) {
  return <Select {...props} options={groups} />;
}
