import { markReadResponseSchema } from '@/lib/validation/notifications';
import { apiFetch } from '@/app/_components/api/api-fetch';

export function markNotificationsRead(body: { ids: string[] } | { all: true }) {
  return apiFetch('/api/v1/notifications/read', markReadResponseSchema, { method: 'POST', body });
}
