import type { Metadata } from 'next';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { LinkButton } from '@/app/_components/ui/link-button';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: { absolute: 'Trustledger — public registry' } };

const steps = [
  { who: 'Vendors', what: 'register products and versions and submit them with their evidence: SBOMs, audit reports, firmware digests.' },
  { who: 'Accredited labs', what: 'test each version against the 3GPP SCAS test cases and record a result for every one of them.' },
  { who: 'Regulators', what: 'review the evaluation and approve, reject or ask for changes; an approval issues a certificate.' },
  { who: 'Operators', what: 'check what is approved, with its evidence and results, before they buy or deploy it.' },
];

export default function RegistryPage() {
  return (
    <div className="space-y-12">
      <section aria-labelledby="hero-heading" className="max-w-3xl">
        <p className="text-sm font-semibold tracking-wide text-sky-800 uppercase">Trustledger</p>
        <h1 id="hero-heading" className="mt-2 text-4xl font-semibold tracking-tight text-balance text-slate-900">
          Assume nothing, believe nobody, check everything
        </h1>
        <p className="mt-4 text-lg text-slate-700">
          A shared, verifiable trust record for telecom network equipment. The same workflow, evidence and checks
          apply to every vendor, and every step is written to an append-only Merkle transparency log that anyone can
          verify.
        </p>
      </section>

      <section aria-labelledby="how-heading">
        <h2 id="how-heading" className="text-xl font-semibold text-slate-900">
          How it works
        </h2>
        <ol className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {steps.map((step) => (
            <li key={step.who} className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-700">
              <span className="block font-semibold text-slate-900">{step.who}</span> {step.what}
            </li>
          ))}
        </ol>
        <p className="mt-4 text-sm text-slate-700">
          Trust comes from facts you can check — hashes, signed log checkpoints, test-case level results — not from
          who says so.
        </p>
      </section>

      <section aria-labelledby="registry-heading">
        <h2 id="registry-heading" className="text-xl font-semibold text-slate-900">
          Public registry of certificates
        </h2>
        <div className="mt-4">
          <EmptyState
            headingLevel={3}
            title="No certificates have been issued yet."
            body="Certificates appear here as soon as a regulator approves an evaluated product."
            action={<LinkButton href="/log">Read the transparency log</LinkButton>}
            data-testid="registry-empty"
          />
        </div>
      </section>
    </div>
  );
}
