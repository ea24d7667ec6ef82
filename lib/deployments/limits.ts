/** Units of one product version an inventory line may hold. */
export const MIN_QUANTITY = 1;
export const MAX_QUANTITY = 10_000_000;
/** Lines in one inventory (one product version per line). */
export const MAX_DEPLOYMENT_LINES = 5000;
/** The two header lines an inventory CSV may start with. */
export const DEPLOYMENTS_CSV_HEADERS = { ids: 'productVersionId,quantity', names: 'vendor,product,version,quantity' } as const;
