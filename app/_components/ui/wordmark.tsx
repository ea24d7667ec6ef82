import Link from 'next/link';

export function Wordmark({ href = '/' }: { href?: string }) {
  return (
    <Link href={href} className="inline-flex items-center gap-2 rounded-md text-lg font-semibold tracking-tight text-slate-900" data-testid="wordmark">
      <span aria-hidden="true" className="grid size-7 place-items-center rounded-md bg-sky-800 text-sm font-bold text-white">
        T
      </span>
      Trustledger
    </Link>
  );
}
