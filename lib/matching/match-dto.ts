import type { AdvisoryMatchRow } from '@/db/queries/advisories';

export type MatchDto = {
  id: string;
  productVersionId: string;
  vulnerabilityId: string;
  packageKey: string;
  componentVersion: string | null;
  advisoryId: string;
  state: AdvisoryMatchRow['state'];
  justification: string | null;
  detail: string | null;
  confidence: 'high' | 'low';
  activelyExploited: boolean;
  stateSource: string;
  version: number;
  updatedAt: string;
};

export function toMatchDto(row: AdvisoryMatchRow): MatchDto {
  return {
    id: row.id,
    productVersionId: row.productVersionId,
    vulnerabilityId: row.vulnerabilityId,
    packageKey: row.packageKey,
    componentVersion: row.componentVersion,
    advisoryId: row.advisoryId,
    state: row.state,
    justification: row.justification,
    detail: row.detail,
    confidence: row.confidence === 'low' ? 'low' : 'high',
    activelyExploited: row.activelyExploited,
    stateSource: row.stateSource,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}
