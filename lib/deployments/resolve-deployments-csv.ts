import 'server-only';
import * as q from '@/db/queries/operators';
import { getDb } from '@/lib/db';
import { unprocessable } from '@/lib/errors';
import { toDeployable, type CsvProblem, type DeployableVersionDto } from './deployment-dto';
import { parseDeploymentsCsv, type DeploymentsCsvRow } from './parse-deployments-csv';
import { certificatesByVersion } from './version-certificates';

type ResolvedCsv = { items: (DeployableVersionDto & { quantity: number })[]; lines: number[] };

/** Resolves parsed CSV rows to product versions; every row that cannot be resolved is a problem with its line (422, all at once). */
export async function resolveDeploymentsCsv(csv: string): Promise<ResolvedCsv> {
  const parsed = parseDeploymentsCsv(csv);
  if (!parsed.ok) throw csvProblems(parsed.errors);
  const db = await getDb();
  const problems: CsvProblem[] = [];
  const resolved: { row: DeploymentsCsvRow; version: q.VersionRow }[] = [];
  if (parsed.format === 'ids') {
    const ids = parsed.rows.map((r) => ('productVersionId' in r ? r.productVersionId : ''));
    const versions = new Map((await q.findVersionsByIds(db, ids)).map((v) => [v.productVersionId, v]));
    for (const row of parsed.rows) {
      const version = 'productVersionId' in row ? versions.get(row.productVersionId) : undefined;
      if (version) resolved.push({ row, version });
      else problems.push({ line: row.line, message: `Unknown product version ${'productVersionId' in row ? row.productVersionId : ''}` });
    }
  } else {
    const candidates = await q.findVersionsByProductNames(db, parsed.rows.map((r) => ('product' in r ? r.product : '')));
    const seen = new Map<string, number>();
    for (const row of parsed.rows) {
      if (!('product' in row)) continue;
      const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
      const matches = candidates.filter((v) => same(v.vendorName, row.vendor) && same(v.productName, row.product) && same(v.version, row.version));
      if (matches.length === 0) {
        problems.push({ line: row.line, message: `No version "${row.version}" of product "${row.product}" by vendor "${row.vendor}"` });
      } else if (matches.length > 1) {
        problems.push({ line: row.line, message: `"${row.vendor}, ${row.product}, ${row.version}" matches ${matches.length} product versions; use the productVersionId format` });
      } else if (seen.has(matches[0].productVersionId)) {
        problems.push({ line: row.line, message: `The same product version is already on line ${seen.get(matches[0].productVersionId)}` });
      } else {
        seen.set(matches[0].productVersionId, row.line);
        resolved.push({ row, version: matches[0] });
      }
    }
  }
  if (problems.length > 0) throw csvProblems(problems);
  const certificates = await certificatesByVersion(db, resolved.map((r) => r.version.productVersionId), new Date());
  return {
    items: resolved.map(({ row, version }) => ({ ...toDeployable(version, certificates.get(version.productVersionId) ?? null), quantity: row.quantity })),
    lines: resolved.map(({ row }) => row.line),
  };
}

function csvProblems(errors: CsvProblem[]) {
  const sorted = [...errors].sort((a, b) => a.line - b.line);
  const first = sorted[0];
  return unprocessable(
    `The CSV file has ${sorted.length} problem(s); nothing was changed. Line ${first.line}: ${first.message}.`,
    sorted.map((e) => ({ path: `line ${e.line}`, line: e.line, message: e.message })),
  );
}
