import { SUBMISSION_STATE_DISPLAY } from '@/lib/workflow/submission-state-display';
import type { SubmissionState } from '@/lib/workflow/submission-states';
import { Alert } from '@/app/_components/ui/alert';
import { Button } from '@/app/_components/ui/button';
import type { SubmissionActionState } from './action-state';

function stateLabel(state: string | undefined): string | null {
  if (!state || !(state in SUBMISSION_STATE_DISPLAY)) return null;
  return SUBMISSION_STATE_DISPLAY[state as SubmissionState].label;
}

/** Why the server refused: a stale page (412) offers a reload; unmet requirements (409) are listed. */
export function ActionRefusal({ state, onReload }: { state: SubmissionActionState; onReload: () => void }) {
  const current = stateLabel(state.currentState);
  const title =
    state.status === 412
      ? 'This page is out of date'
      : state.unmet?.length
        ? 'Not possible yet: these requirements are not met'
        : state.status === 409
          ? 'Not possible in the current state'
          : undefined;
  return (
    <Alert tone="error" title={title} data-testid="action-error" data-status={state.status}>
      {state.unmet?.length ? null : <p>{state.message}</p>}
      {state.unmet?.length ? (
        <ul className="mt-2 list-disc space-y-1 pl-5" data-testid="action-unmet">
          {state.unmet.map((u) => (
            <li key={u.code + u.message} data-code={u.code}>
              {u.message}
            </li>
          ))}
        </ul>
      ) : null}
      {state.status === 409 && current && !state.unmet?.length ? <p className="mt-2">The submission is “{current}”.</p> : null}
      {state.status === 412 || (state.status === 409 && !state.unmet?.length) ? (
        <Button size="sm" variant="secondary" className="mt-3" onClick={onReload} data-testid="action-reload">
          Reload the page data
        </Button>
      ) : null}
    </Alert>
  );
}
