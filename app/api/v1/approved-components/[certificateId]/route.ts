import { endpoint } from '@/lib/api/endpoint';
import { json } from '@/lib/api/route';
import { getApprovedComponent as contract } from '@/lib/api/contracts/operators';
import { getApprovedComponent } from '@/lib/approved-components/read-approved-components';

export const dynamic = 'force-dynamic';

/** One approved component with evidence, results, SBOM components, vulnerabilities and decisions. */
export const GET = endpoint(contract, async ({ actor, params }) => json(await getApprovedComponent(actor, params.certificateId)));
