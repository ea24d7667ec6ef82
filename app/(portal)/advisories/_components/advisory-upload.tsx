'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Alert } from '@/app/_components/ui/alert';
import { Button } from '@/app/_components/ui/button';
import { ProgressBar } from '@/app/_components/ui/progress-bar';

type Outcome = { advisory: { id: string; documentId: string; revision: string }; isNew: boolean; matches: { created: number; changed: number; kept: number } };

/**
 * Uploads one advisory document as the raw request body (XMLHttpRequest, for the progress bar) to
 * POST /api/v1/advisories; `productVersionId` scopes a vendor's VEX to one of its versions.
 */
export function AdvisoryUpload({ productVersionId, label = 'Import an advisory', testId = 'advisory-upload' }: { productVersionId?: string; label?: string; testId?: string }) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  function upload() {
    if (!file) return;
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1/advisories${productVersionId ? `?productVersionId=${productVersionId}` : ''}`);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.upload.onprogress = (e) => setProgress(e.lengthComputable ? Math.round((e.loaded / e.total) * 100) : null);
    xhr.onload = () => {
      setProgress(null);
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {}
      if (xhr.status === 200 || xhr.status === 201) {
        const o = body as Outcome;
        setResult({
          tone: 'success',
          text: `${o.isNew ? 'Imported' : 'Already stored:'} ${o.advisory.documentId} (revision ${o.advisory.revision}): ${o.matches.created} new matches, ${o.matches.changed} changed, ${o.matches.kept} kept.`,
        });
        router.refresh();
      } else {
        const detail = (body as { detail?: string } | null)?.detail ?? `The upload failed (HTTP ${xhr.status}).`;
        setResult({ tone: 'error', text: detail });
      }
    };
    xhr.onerror = () => {
      setProgress(null);
      setResult({ tone: 'error', text: 'Could not reach the server. Check your connection and try again.' });
    };
    setResult(null);
    setProgress(0);
    xhr.send(file);
  }

  return (
    <div className="space-y-3" data-testid={testId}>
      <label className="block text-sm font-medium text-slate-800" htmlFor={`${testId}-file-${productVersionId ?? 'any'}`}>
        {label}
      </label>
      <input
        id={`${testId}-file-${productVersionId ?? 'any'}`}
        type="file"
        accept=".json,application/json"
        className="block text-sm"
        onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        data-testid={`${testId}-file`}
      />
      <p className="text-xs text-slate-600">CSAF 2.0, OSV, CycloneDX VEX (1.4–1.6) or OpenVEX JSON, at most 16 MiB. A document that does not parse is refused and nothing is stored.</p>
      <Button variant="primary" disabled={!file || progress !== null} onClick={upload} data-testid={`${testId}-submit`}>
        Upload
      </Button>
      {progress !== null ? <ProgressBar label="Uploading" value={progress} /> : null}
      {result ? (
        <Alert tone={result.tone} data-testid={`${testId}-result`}>
          {result.text}
        </Alert>
      ) : null}
    </div>
  );
}
