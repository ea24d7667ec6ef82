import Link from 'next/link';
import { cookies } from 'next/headers';
import type { Actor } from '@/lib/authz/actor';
import { getChecklist } from '@/lib/getting-started/read-checklist';
import { Card } from '@/app/_components/ui/card';
import { ProgressBar } from '@/app/_components/ui/progress-bar';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { checklistCookieName } from './checklist-cookie';
import { dismissChecklistAction } from './getting-started-actions';

/**
 * The first-visit checklist for the caller's role: each step checked from what the organisation has
 * really done (lib/getting-started), until the person dismisses it.
 */
export async function GettingStarted({ actor }: { actor: Actor }) {
  if ((await cookies()).get(checklistCookieName(actor.userId))) return null;
  const steps = await getChecklist(actor);
  const done = steps.filter((s) => s.isDone).length;
  const isComplete = done === steps.length;
  return (
    <Card
      id="getting-started"
      className="mb-6"
      title={isComplete ? 'You are set up' : 'Getting started'}
      description={isComplete ? 'Every first step is done. You can hide this list.' : 'The first steps for your role, checked off as you do them.'}
      actions={
        <form action={dismissChecklistAction}>
          <SubmitButton variant="ghost" size="sm" pendingLabel="Hiding…" data-testid="getting-started-dismiss">
            Hide this list
          </SubmitButton>
        </form>
      }
      data-testid="getting-started"
    >
      <ProgressBar label="First steps done" value={done} max={steps.length} valueText={`${done} of ${steps.length}`} />
      <ol className="mt-4 space-y-2">
        {steps.map((step) => (
          <li key={step.id} className="flex gap-3 text-sm" data-testid={`getting-started-${step.id}`} data-done={step.isDone ? 'true' : 'false'}>
            <span aria-hidden="true" className={step.isDone ? 'font-bold text-emerald-700' : 'text-slate-400'}>
              {step.isDone ? '✓' : '○'}
            </span>
            <div className="min-w-0">
              <p>
                <span className="sr-only">{step.isDone ? 'Done: ' : 'To do: '}</span>
                {step.isDone ? (
                  <span className="text-slate-600 line-through decoration-slate-400">{step.label}</span>
                ) : (
                  <Link href={step.href} className="font-medium text-sky-800 underline underline-offset-2">
                    {step.label}
                  </Link>
                )}
              </p>
              {step.isDone ? null : <p className="text-slate-600">{step.hint}</p>}
            </div>
          </li>
        ))}
      </ol>
    </Card>
  );
}
