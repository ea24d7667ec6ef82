import catalogueJson from '@/db/data/scas-catalogue.json';

/** A deep copy of the catalogue file, safe to mutate in a test. */
export function rawCatalogue(): {
  specs: {
    spec: string;
    applies_to: string[];
    network_segment: string;
    version?: string;
    test_cases: { id: string; clause: string }[];
  }[];
  [key: string]: unknown;
} {
  return structuredClone(catalogueJson) as ReturnType<typeof rawCatalogue>;
}
