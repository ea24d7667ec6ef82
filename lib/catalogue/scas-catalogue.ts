import 'server-only';
import catalogueJson from '@/db/data/scas-catalogue.json';
import { parseCatalogue } from './parse-catalogue';

/**
 * The validated SCAS catalogue for server code. Parsed once at import so a
 * broken data file fails at start-up, not mid-evaluation.
 */
export const scasCatalogue = parseCatalogue(catalogueJson);
