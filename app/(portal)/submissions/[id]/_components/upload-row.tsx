'use client';

import Link from 'next/link';
import { Alert } from '@/app/_components/ui/alert';
import { Badge } from '@/app/_components/ui/badge';
import { Button } from '@/app/_components/ui/button';
import { ProgressBar } from '@/app/_components/ui/progress-bar';
import { Select } from '@/app/_components/ui/select';
import { CopyHash } from './copy-hash';
import { EVIDENCE_KIND_LABELS, VISIBILITY_OPTION_LABELS, type EvidenceKind, type EvidenceVisibility } from './evidence-kinds';
import { formatBytes } from './format-bytes';
import { LOCAL_HASH_LIMIT } from './sha256-file';
import { verificationOf, type UploadItem } from './upload-item';

type Props = {
  item: UploadItem;
  kinds: readonly EvidenceKind[];
  onChange: (patch: Partial<Pick<UploadItem, 'kind' | 'visibility'>>) => void;
  onUpload: () => void;
  onCancel: () => void;
  onRemove: () => void;
};

const visibilityOptions = (Object.keys(VISIBILITY_OPTION_LABELS) as EvidenceVisibility[]).map((v) => ({ value: v, label: VISIBILITY_OPTION_LABELS[v] }));

function VerificationBadge({ item }: { item: UploadItem }) {
  switch (verificationOf(item)) {
    case 'verified':
      return <Badge tone="success" data-testid="upload-verified">Verified: matches the SHA-256 computed in your browser</Badge>;
    case 'mismatch':
      return <Badge tone="danger" data-testid="upload-mismatch">Mismatch: your browser computed {String(item.localSha256).slice(0, 12)}…</Badge>;
    case 'checking':
      return <Badge data-testid="upload-checking">Checking…</Badge>;
    case 'not_checked':
      return (
        <Badge data-testid="upload-not-checked">
          {item.file.size > LOCAL_HASH_LIMIT ? 'Not checked locally (over 256 MiB)' : 'Not checked locally (browser cannot hash here)'}
        </Badge>
      );
  }
}

export function UploadRow({ item, kinds, onChange, onUpload, onCancel, onRemove }: Props) {
  const { file, key, status, result } = item;
  const isEditable = status === 'ready' || status === 'error';
  const total = file.size;
  const percent = total > 0 ? Math.round((item.sent / total) * 100) : status === 'done' ? 100 : 0;
  return (
    <li className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="upload-item" data-filename={file.name} data-status={status}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="font-medium break-all text-slate-900">{file.name}</p>
        <p className="text-sm text-slate-600">{formatBytes(file.size)}</p>
      </div>
      {isEditable ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <Select
            id={`upload-kind-${key}`}
            label={<>Kind<span className="sr-only"> of {file.name}</span></>}
            required
            value={item.kind}
            onChange={(e) => onChange({ kind: e.currentTarget.value as EvidenceKind })}
            options={kinds.map((k) => ({ value: k, label: EVIDENCE_KIND_LABELS[k] }))}
            data-testid="upload-kind"
          />
          <Select
            id={`upload-visibility-${key}`}
            label={<>Visibility<span className="sr-only"> of {file.name}</span></>}
            required
            value={item.visibility}
            onChange={(e) => onChange({ visibility: e.currentTarget.value as EvidenceVisibility })}
            options={visibilityOptions}
            data-testid="upload-visibility"
          />
        </div>
      ) : (
        <p className="text-sm text-slate-700">
          {EVIDENCE_KIND_LABELS[item.kind]} · {VISIBILITY_OPTION_LABELS[item.visibility]}
        </p>
      )}
      {status === 'uploading' || status === 'done' ? (
        <ProgressBar
          label={status === 'done' ? `Uploaded ${file.name}` : `Uploading ${file.name}`}
          value={status === 'done' ? total : item.sent}
          max={total || 1}
          valueText={`${formatBytes(status === 'done' ? total : item.sent)} of ${formatBytes(total)} (${status === 'done' ? 100 : percent} %)`}
          data-testid="upload-progress"
        />
      ) : null}
      {status === 'uploading' && item.sent >= total ? <p className="text-sm text-slate-600">Sent; the server is hashing and recording the file…</p> : null}
      {item.error ? <Alert tone="error" data-testid="upload-error">{item.error}</Alert> : null}
      {result ? (
        <div className="space-y-2 text-sm" data-testid="upload-result">
          <p className="flex flex-wrap items-center gap-2">
            <span className="font-medium text-slate-800">SHA-256 (server):</span>
            <CopyHash hex={result.sha256} label={`SHA-256 of ${file.name}`} data-testid="upload-sha256" />
          </p>
          <p className="flex flex-wrap items-center gap-2">
            <VerificationBadge item={item} />
            {result.logIndex !== null ? (
              <Link href={`/log/entries/${result.logIndex}`} className="text-sky-800 underline underline-offset-2">
                log #{result.logIndex}
              </Link>
            ) : null}
          </p>
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {isEditable ? (
          <Button size="sm" onClick={onUpload} data-testid="upload-start">
            {status === 'error' ? 'Try again' : 'Upload'}<span className="sr-only"> {file.name}</span>
          </Button>
        ) : null}
        {status === 'uploading' ? (
          <Button size="sm" variant="secondary" onClick={onCancel} data-testid="upload-cancel">
            Cancel<span className="sr-only"> the upload of {file.name}</span>
          </Button>
        ) : (
          <Button size="sm" variant="ghost" onClick={onRemove} data-testid="upload-remove">
            {status === 'done' ? 'Dismiss' : 'Remove'}<span className="sr-only"> {file.name}</span>
          </Button>
        )}
      </div>
    </li>
  );
}
