import { Card } from '@/app/_components/ui/card';
import { HashText } from './hash-text';

type Props = { size: number; rootHash: string; note: string; origin: string; verifierKey: string };

/** The latest signed checkpoint exactly as served at /api/v1/log/checkpoint, with its parts spelled out. */
export function CheckpointCard({ size, rootHash, note, origin, verifierKey }: Props) {
  return (
    <Card
      id="checkpoint"
      title="Current checkpoint"
      description="The log's signed statement of its size and Merkle root. Save it: a later checkpoint must be consistent with it."
      data-testid="log-checkpoint"
    >
      <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium text-slate-700">Entries</dt>
        <dd data-testid="log-checkpoint-size">{size.toLocaleString('en-US')}</dd>
        <dt className="font-medium text-slate-700">Root hash (hex)</dt>
        <dd data-testid="log-checkpoint-root">
          <HashText hex={rootHash} />
        </dd>
        <dt className="font-medium text-slate-700">Origin</dt>
        <dd>
          <code className="font-mono text-xs">{origin}</code>
        </dd>
        <dt className="font-medium text-slate-700">Verifier key</dt>
        <dd>
          <code className="font-mono text-xs break-all" data-testid="log-verifier-key">
            {verifierKey}
          </code>
        </dd>
      </dl>
      <h3 className="mt-5 text-sm font-semibold text-slate-900">Signed note</h3>
      <pre
        className="mt-2 overflow-x-auto rounded-md bg-slate-900 p-4 font-mono text-xs leading-relaxed text-slate-50"
        tabIndex={0}
        aria-label="Signed checkpoint note"
        data-testid="log-checkpoint-note"
      >
        {note}
      </pre>
    </Card>
  );
}
