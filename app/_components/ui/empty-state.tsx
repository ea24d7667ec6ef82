import type { ReactNode } from 'react';

type Props = {
  title: string;
  /** Say what will appear here and what to do next. */
  body: ReactNode;
  action?: ReactNode;
  headingLevel?: 2 | 3;
  'data-testid'?: string;
};

export function EmptyState({ title, body, action, headingLevel = 2, ...rest }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center" {...rest}>
      <Heading className="text-base font-semibold text-slate-900">{title}</Heading>
      <div className="mx-auto mt-2 max-w-xl text-sm text-slate-600">{body}</div>
      {action ? <div className="mt-5 flex flex-wrap justify-center gap-2">{action}</div> : null}
    </div>
  );
}
