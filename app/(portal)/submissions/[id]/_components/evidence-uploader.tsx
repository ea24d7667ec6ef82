'use client';

import { useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { MAX_SBOM_BYTES } from '@/lib/evidence/sbom/sbom-summary';
import { Button } from '@/app/_components/ui/button';
import { DropZone } from './drop-zone';
import { guessKind, VISIBILITY_EXPLANATION, type EvidenceKind } from './evidence-kinds';
import { formatBytes } from './format-bytes';
import { sha256OfFile } from './sha256-file';
import type { UploadItem } from './upload-item';
import { uploadEvidenceFile } from './upload-request';
import { UploadRow } from './upload-row';

type Props = { submissionId: string; kinds: readonly EvidenceKind[]; maxBytes: number };

let nextKey = 0;

/**
 * Drag-and-drop (or choose) files, set each one's kind and visibility, upload with a progress bar,
 * then compare the server's SHA-256 with one computed in the browser.
 */
export function EvidenceUploader({ submissionId, kinds, maxBytes }: Props) {
  const router = useRouter();
  const [items, setItems] = useState<UploadItem[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const aborts = useRef(new Map<string, () => void>());

  const patch = (key: string, change: Partial<UploadItem>) => setItems((all) => all.map((i) => (i.key === key ? { ...i, ...change } : i)));

  function addFiles(files: File[]) {
    const added = files.map(
      (file): UploadItem => ({
        key: `f${(nextKey += 1)}`,
        file,
        kind: guessKind(file.name, kinds),
        visibility: 'assessment',
        status: 'ready',
        sent: 0,
        localSha256: 'pending',
        result: null,
        error: null,
      }),
    );
    setItems((all) => [...all, ...added]);
    setAnnouncement(`${added.length} file${added.length === 1 ? '' : 's'} added. Choose the kind and visibility, then upload.`);
  }

  function sizeProblem(item: UploadItem): string | null {
    const limit = item.kind === 'sbom' ? Math.min(maxBytes, MAX_SBOM_BYTES) : maxBytes;
    return item.file.size > limit ? `This file is ${formatBytes(item.file.size)}; the limit for this kind is ${formatBytes(limit)}.` : null;
  }

  async function upload(item: UploadItem) {
    const problem = sizeProblem(item);
    if (problem) return patch(item.key, { status: 'error', error: problem });
    patch(item.key, { status: 'uploading', sent: 0, error: null, result: null, localSha256: 'pending' });
    setAnnouncement(`Uploading ${item.file.name}.`);
    const hashing = sha256OfFile(item.file)
      .catch(() => null)
      .then((hex) => {
        patch(item.key, { localSha256: hex });
        return hex;
      });
    const request = uploadEvidenceFile({
      submissionId,
      file: item.file,
      kind: item.kind,
      visibility: item.visibility,
      onProgress: (sent) => patch(item.key, { sent }),
    });
    aborts.current.set(item.key, request.abort);
    const outcome = await request.done;
    aborts.current.delete(item.key);
    if (!outcome.ok) {
      patch(item.key, { status: 'error', error: outcome.message });
      setAnnouncement(`${item.file.name} was not uploaded: ${outcome.message}`);
      return;
    }
    patch(item.key, { status: 'done', sent: item.file.size, result: outcome.evidence });
    router.refresh();
    const local = await hashing;
    const check = local === null ? 'not checked in the browser' : local === outcome.evidence.sha256 ? 'SHA-256 verified' : 'SHA-256 MISMATCH';
    setAnnouncement(`${item.file.name} uploaded; ${check}.`);
  }

  const ready = items.filter((i) => i.status === 'ready');

  return (
    <div className="space-y-4" data-testid="evidence-uploader">
      <DropZone onFiles={addFiles} />
      <p className="text-xs text-slate-600">{VISIBILITY_EXPLANATION}</p>
      <p role="status" aria-live="polite" className="sr-only" data-testid="upload-announcement">
        {announcement}
      </p>
      {items.length ? (
        <>
          <ul className="space-y-3" aria-label="Files to upload">
            {items.map((item) => (
              <UploadRow
                key={item.key}
                item={item}
                kinds={kinds}
                onChange={(change) => patch(item.key, change)}
                onUpload={() => void upload(item)}
                onCancel={() => aborts.current.get(item.key)?.()}
                onRemove={() => setItems((all) => all.filter((i) => i.key !== item.key))}
              />
            ))}
          </ul>
          {ready.length > 1 ? (
            <Button onClick={() => ready.forEach((i) => void upload(i))} data-testid="upload-all">
              Upload all {ready.length} files
            </Button>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
