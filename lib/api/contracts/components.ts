import { componentSearchQuerySchema, componentSearchResponseSchema } from '@/lib/components/component-search-schemas';
import { defineContract } from '../contract';

export const searchComponents = defineContract({
  operationId: 'searchComponents',
  method: 'GET',
  path: '/api/v1/components',
  tag: 'components',
  summary:
    'Search by component: which product versions contain a package. `purl` is a package URL with or without version (`pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1`), normalised (type, namespace, name; the distro/arch/os/classifier/type qualifiers when given). One item per occurrence in a stored SBOM, oldest first, with the product, version, vendor and certificate (effective status; null for a submitted, uncertified version). Visibility follows the SBOM evidence: regulators every submitted SBOM, labs their assignments, vendors their own, operators SBOMs released to them on certified versions. Keyset pages (limit, cursor). 400 for a text that is not a purl',
  query: componentSearchQuerySchema,
  response: { status: 200, content: { 'application/json': componentSearchResponseSchema } },
  errors: [400],
});
