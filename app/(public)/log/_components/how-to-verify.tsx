import { Card } from '@/app/_components/ui/card';

const endpoints = [
  { path: '/api/v1/log/checkpoint', what: 'the latest signed checkpoint (text)' },
  { path: '/api/v1/log/key', what: 'the verifier key line (text)' },
  { path: '/api/v1/log/checkpoints', what: 'every checkpoint published so far (sizes and roots)' },
  { path: '/api/v1/log/entries?start=0&end=100', what: 'leaf hashes, and entry texts you may read' },
];

/** What anyone can check about the log without trusting the portal, and how. */
export function HowToVerify({ siteUrl }: { siteUrl: string }) {
  return (
    <Card id="how-to-verify" title="What you can check, and how">
      <div className="space-y-3 text-sm text-slate-700">
        <p>
          Every change in Trustledger — a submission, a piece of evidence, a test result, a decision, a certificate —
          is written as an entry to an append-only Merkle tree log, the same construction as Certificate
          Transparency (RFC 9162). The portal signs the tree&apos;s size and root with its log key. With nothing but
          the public endpoints you can check that:
        </p>
        <ul className="list-disc space-y-1 pl-5">
          <li>the checkpoint was signed by the log key (Ed25519, C2SP signed note);</li>
          <li>an entry is in the log: its inclusion proof leads from its leaf hash to the signed root;</li>
          <li>the log only grew: a consistency proof links any earlier checkpoint to the current one, so nothing was rewritten or removed;</li>
          <li>an entry you may read hashes to its leaf, and an evidence file you downloaded has the SHA-256 in its entry.</li>
        </ul>
        <p>
          Entries about private subjects show only their leaf hash. Each entry carries a random nonce, so a hash
          reveals nothing, yet it still counts in the tree and in every proof.
        </p>
        <p>
          Open any entry and press <strong>Verify in your browser</strong>: your browser fetches the checkpoint,
          the key and the proof itself and recomputes everything with WebCrypto. To check the whole log — the
          signature, every leaf, the root and consistency with every published checkpoint — run the verifier that
          comes with Trustledger:
        </p>
        <pre className="overflow-x-auto rounded-md bg-slate-100 p-3 font-mono text-xs text-slate-900" data-testid="log-cli-command">
          {`npm run cli -- log verify --url ${siteUrl}`}
        </pre>
        <p>
          Add <code className="font-mono text-xs">--key &quot;&lt;verifier key line&gt;&quot;</code> to pin the key you
          obtained elsewhere, rather than the one this site serves.
        </p>
        <h3 className="pt-2 font-semibold text-slate-900">Public endpoints</h3>
        <ul className="space-y-1">
          {endpoints.map((e) => (
            <li key={e.path}>
              <a href={e.path} className="font-mono text-xs text-sky-800 underline hover:text-sky-950">
                {e.path}
              </a>{' '}
              — {e.what}
            </li>
          ))}
          <li>
            <code className="font-mono text-xs">/api/v1/log/proof/inclusion?index=I&amp;treeSize=N</code> and{' '}
            <code className="font-mono text-xs">/api/v1/log/proof/consistency?from=M&amp;to=N</code> — proofs
          </li>
        </ul>
      </div>
    </Card>
  );
}
