/** TS 33.117, the general security assurance catalogue that applies to every product. */
export const GENERIC_SCAS_SPEC = 'TS 33.117';

/**
 * TS 33.527, SCAS for virtualized network products; applies in addition
 * when a product is virtualized. The catalogue holds 5 test cases for it
 * (Rel-18, v18.0.1).
 */
export const VIRTUALIZED_SCAS_SPEC = 'TS 33.527';
