'use server';

import { requireActor } from '@/lib/auth/get-actor';
import { ServiceError } from '@/lib/errors';
import { previewDeploymentsCsv, searchDeployableVersions } from '@/lib/deployments/read-deployments';
import type { DeployableVersionDto } from '@/lib/deployments/deployment-dto';

export type VersionSearchResult = { ok: true; items: DeployableVersionDto[] } | { ok: false; message: string };

export type CsvPreviewResult =
  | { ok: true; items: (DeployableVersionDto & { quantity: number })[] }
  | { ok: false; message: string; problems: { line: number; message: string }[] };

const MAX_CSV_CHARS = 2 * 1024 * 1024;

/** Product versions an operator can add to the inventory (see searchDeployableVersions). */
export async function searchVersionsAction(q: string): Promise<VersionSearchResult> {
  try {
    return { ok: true, ...(await searchDeployableVersions(await requireActor(), { q: String(q ?? '').slice(0, 200) })) };
  } catch (error) {
    if (error instanceof ServiceError) return { ok: false, message: error.message };
    throw error;
  }
}

/** Reads a CSV file into inventory lines for review; nothing is saved until the table is. */
export async function previewCsvAction(text: string): Promise<CsvPreviewResult> {
  try {
    if (typeof text !== 'string' || text.length > MAX_CSV_CHARS) return { ok: false, message: 'The file is larger than 2 MiB.', problems: [] };
    return { ok: true, ...(await previewDeploymentsCsv(await requireActor(), text)) };
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error;
    const errors = Array.isArray(error.extra.errors) ? (error.extra.errors as { line?: unknown; message?: unknown }[]) : [];
    const problems = errors.flatMap((e) => (typeof e.line === 'number' && typeof e.message === 'string' ? [{ line: e.line, message: e.message }] : []));
    return { ok: false, message: error.message, problems };
  }
}
