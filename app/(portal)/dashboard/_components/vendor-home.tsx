import { EmptyState } from '@/app/_components/ui/empty-state';
import { LinkButton } from '@/app/_components/ui/link-button';

export function VendorHome() {
  return (
    <EmptyState
      title="Register your first product"
      body={
        <>
          <p>
            Your products, their versions and where each evaluation stands will be listed here. Registering products and
            submitting them to a lab arrives in a coming release.
          </p>
          <p className="mt-2">
            To prepare your build pipelines, create a personal API token now; the same services will accept your
            products and evidence over the API.
          </p>
        </>
      }
      action={
        <LinkButton href="/settings#api-tokens" variant="primary" data-testid="dashboard-api-tokens-link">
          Settings → API tokens
        </LinkButton>
      }
      data-testid="dashboard-empty-vendor"
    />
  );
}
