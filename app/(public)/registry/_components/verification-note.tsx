import Link from 'next/link';

/** How to check this certificate without trusting the portal. */
export function VerificationNote({ certificateId, firstLogIndex }: { certificateId: string; firstLogIndex: number | null }) {
  return (
    <div className="space-y-2 text-sm text-slate-700">
      <p>
        Don’t take this page’s word for it. Each event above is an entry in Trustledger’s append-only{' '}
        <Link href="/log" className="text-sky-800 underline hover:text-sky-950">
          transparency log
        </Link>
        . Open an entry and press <strong>Verify in your browser</strong>: your browser fetches the signed checkpoint,
        the log key and the inclusion proof and recomputes the tree root itself. The same log proves that the log only
        ever grew, so an entry cannot be changed or removed later without it showing.
      </p>
      <p>
        {firstLogIndex !== null ? (
          <>
            The issue entry (index {firstLogIndex}) names the product version, the lab, the scheme and the spec versions
            that were certified.{' '}
          </>
        ) : null}
        Check an SBOM you received by computing its SHA-256 (<code className="font-mono text-xs">sha256sum file.json</code>) and
        comparing it with the digest above. The same data as JSON:{' '}
        <a href={`/api/v1/registry/${certificateId}`} className="font-mono text-xs text-sky-800 underline hover:text-sky-950">
          /api/v1/registry/{certificateId}
        </a>
        .
      </p>
    </div>
  );
}
