import { deploymentsResponseSchema } from '@/lib/validation/operators';
import type { DeploymentsDto } from '@/lib/deployments/deployment-dto';
import { ApiError } from '@/app/_components/api/api-fetch';

export type InventoryError = { index: number | null; message: string };

/** A refused save: the problem's detail and its per-line errors (`deployments.N.field`). */
export class SaveInventoryError extends ApiError {
  constructor(
    status: number,
    message: string,
    readonly lineErrors: InventoryError[],
  ) {
    super(status, message);
  }
}

export const deploymentKeys = {
  all: ['deployments'] as const,
  versions: (q: string) => [...deploymentKeys.all, 'versions', q] as const,
};

/** PUT /api/v1/deployments with If-Match on the inventory the page loaded. */
export async function saveInventory(items: { productVersionId: string; quantity: number }[], digest: string): Promise<DeploymentsDto> {
  let response: Response;
  try {
    response = await fetch('/api/v1/deployments', {
      method: 'PUT',
      headers: { accept: 'application/json', 'content-type': 'application/json', 'if-match': `"${digest}"` },
      body: JSON.stringify({ deployments: items }),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    throw new SaveInventoryError(0, 'Could not reach the server. Check your connection and try again.', []);
  }
  const data: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const problem = (data ?? {}) as { detail?: unknown; errors?: unknown };
    const errors = Array.isArray(problem.errors) ? (problem.errors as { path?: unknown; message?: unknown }[]) : [];
    const lineErrors = errors.flatMap((e) => {
      if (typeof e.message !== 'string') return [];
      const index = typeof e.path === 'string' ? /^deployments\.(\d+)\./.exec(e.path)?.[1] : undefined;
      return [{ index: index === undefined ? null : Number(index), message: e.message }];
    });
    const detail = typeof problem.detail === 'string' ? problem.detail : `The request failed (HTTP ${response.status}).`;
    throw new SaveInventoryError(response.status, detail, lineErrors);
  }
  const parsed = deploymentsResponseSchema.safeParse(data);
  if (!parsed.success) throw new SaveInventoryError(response.status, 'The server sent an answer this page does not understand. Reload the page.', []);
  return parsed.data as DeploymentsDto;
}
