'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { notificationKeys } from '@/app/_components/nav/unread-badge';
import { markNotificationsRead } from './inbox-queries';

/** Marks notifications read through the API, then updates the unread badge and re-renders the inbox. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  const router = useRouter();
  return useMutation({
    mutationFn: markNotificationsRead,
    onSuccess: (result) => {
      queryClient.setQueryData(notificationKeys.unreadCount(), result.unread);
      router.refresh();
    },
  });
}
