'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { z } from 'zod';
import { apiFetch, ApiError } from '@/app/_components/api/api-fetch';
import { Alert } from '@/app/_components/ui/alert';
import { Button } from '@/app/_components/ui/button';
import { TextInput } from '@/app/_components/ui/text-input';

/** A regulator configures a CSAF provider (its provider-metadata.json) and pulls all providers now. */
export function FeedForm() {
  const router = useRouter();
  const [url, setUrl] = useState('');
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const run = async (work: () => Promise<string>) => {
    try {
      setMessage({ tone: 'success', text: await work() });
      router.refresh();
    } catch (error) {
      setMessage({ tone: 'error', text: error instanceof ApiError ? error.message : 'Something went wrong.' });
    }
  };
  return (
    <div className="space-y-3">
      <TextInput id="feed-url" label="provider-metadata.json URL" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://example.org/.well-known/csaf/provider-metadata.json" required />
      <div className="flex gap-2">
        <Button
          variant="primary"
          disabled={!url}
          onClick={() => run(async () => (await apiFetch('/api/v1/advisory-feeds', z.object({ url: z.string() }), { method: 'POST', body: { url } })).url + ' configured.')}
        >
          Add provider
        </Button>
        <Button
          onClick={() =>
            run(async () => {
              const r = await apiFetch('/api/v1/advisory-feeds/pull', z.object({ feeds: z.array(z.object({ imported: z.number(), failed: z.array(z.unknown()) })) }), { method: 'POST' });
              return `Pulled ${r.feeds.length} providers: ${r.feeds.reduce((n, f) => n + f.imported, 0)} documents imported, ${r.feeds.reduce((n, f) => n + f.failed.length, 0)} failed.`;
            })
          }
        >
          Pull now
        </Button>
      </div>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
    </div>
  );
}
