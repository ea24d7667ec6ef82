import { endpoint } from '@/lib/api/endpoint';
import { ifMatchOf, json, readJson } from '@/lib/api/route';
import { certificateAction } from '@/lib/api/contracts/certificates';
import { performCertificateAction } from '@/lib/certificates/commands/certificate-action';

export const dynamic = 'force-dynamic';

/** suspend, reinstate, revoke or clear-review, with `{reason}` and an optional `If-Match`. */
export const POST = endpoint(certificateAction, async ({ request, actor, params: { id, action } }) => {
  const certificate = await performCertificateAction(actor, id, action, await readJson(request), ifMatchOf(request));
  return json(certificate, { headers: { etag: `"${certificate.version}"` } });
});
