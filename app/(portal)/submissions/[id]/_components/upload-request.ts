import type { EvidenceKind, EvidenceVisibility } from './evidence-kinds';

export type UploadedEvidence = { id: string; sha256: string; size: number; kind: string; filename: string; logIndex: number | null };

export type UploadOutcome = { ok: true; evidence: UploadedEvidence } | { ok: false; status: number; message: string };

type Params = {
  submissionId: string;
  file: File;
  kind: EvidenceKind;
  visibility: EvidenceVisibility;
  onProgress: (sent: number, total: number) => void;
};

const FALLBACK_MESSAGES: Record<number, string> = {
  0: 'The upload was interrupted: check your connection and try again.',
  409: 'Evidence cannot be added in the submission’s current state. Reload the page.',
  413: 'The file is larger than the server accepts.',
  415: 'The server cannot read this file as the chosen kind.',
  422: 'The file was refused: its content did not pass validation.',
};

function problemDetail(text: string): string | null {
  try {
    const body = JSON.parse(text) as { detail?: unknown; errors?: Array<{ message?: unknown }> };
    const first = Array.isArray(body.errors) && typeof body.errors[0]?.message === 'string' ? ` (${body.errors[0].message})` : '';
    return typeof body.detail === 'string' ? body.detail + first : null;
  } catch {
    return null;
  }
}

function isUploadedEvidence(value: unknown): value is UploadedEvidence {
  const v = value as Partial<UploadedEvidence> | null;
  return typeof v?.id === 'string' && typeof v.sha256 === 'string' && /^[0-9a-f]{64}$/.test(v.sha256) && typeof v.size === 'number';
}

/**
 * POSTs the raw file (not a form) to the evidence endpoint with XMLHttpRequest, because fetch() has
 * no upload progress events. Returns an abort function and the outcome.
 */
export function uploadEvidenceFile({ submissionId, file, kind, visibility, onProgress }: Params): { abort: () => void; done: Promise<UploadOutcome> } {
  const xhr = new XMLHttpRequest();
  const query = new URLSearchParams({ kind, filename: file.name, visibility });
  const done = new Promise<UploadOutcome>((resolve) => {
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.upload.onload = () => onProgress(file.size, file.size);
    xhr.onload = () => {
      if (xhr.status === 201) {
        try {
          const body: unknown = JSON.parse(xhr.responseText);
          if (isUploadedEvidence(body)) return resolve({ ok: true, evidence: body });
        } catch {}
        return resolve({ ok: false, status: xhr.status, message: 'The server stored the file but sent an answer this page does not understand. Reload the page.' });
      }
      const message = problemDetail(xhr.responseText) ?? FALLBACK_MESSAGES[xhr.status] ?? `The upload failed (HTTP ${xhr.status}).`;
      resolve({ ok: false, status: xhr.status, message });
    };
    xhr.onerror = () => resolve({ ok: false, status: 0, message: FALLBACK_MESSAGES[0] });
    xhr.onabort = () => resolve({ ok: false, status: 0, message: 'Upload cancelled; nothing was stored.' });
  });
  xhr.open('POST', `/api/v1/submissions/${encodeURIComponent(submissionId)}/evidence?${query}`);
  xhr.setRequestHeader('accept', 'application/json');
  xhr.setRequestHeader('content-type', 'application/octet-stream');
  xhr.send(file);
  return { abort: () => xhr.abort(), done };
}
