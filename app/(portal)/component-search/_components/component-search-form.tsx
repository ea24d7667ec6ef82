import { Button } from '@/app/_components/ui/button';
import { TextInput } from '@/app/_components/ui/text-input';

/** A plain GET form: the query lives in the URL, works without JavaScript and can be bookmarked or shared. */
export function ComponentSearchForm({ purl }: { purl: string }) {
  return (
    <form method="get" action="/component-search" role="search" aria-label="Search by component" className="flex flex-wrap items-end gap-3">
      <div className="w-full max-w-2xl">
        <TextInput
          id="component-search-purl"
          name="purl"
          type="search"
          label="Package URL (purl)"
          hint="pkg:type/namespace/name@version — the version is optional."
          defaultValue={purl}
          maxLength={1000}
          required
          spellCheck={false}
          data-testid="component-search-purl"
        />
      </div>
      <div className="pb-5">
        <Button type="submit" variant="primary" data-testid="component-search-submit">
          Search
        </Button>
      </div>
    </form>
  );
}
