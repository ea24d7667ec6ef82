'use client';

import { useEffect, useRef } from 'react';

export const UNSAVED_MESSAGE = 'You have changes in the results grid that are not saved yet. Leave the page and lose them?';

/**
 * Asks before work is lost: on reload, closing the tab or typing another address (the browser's own
 * beforeunload prompt), and on following an in-app link (a confirm, before Next's router sees the
 * click). `isDirty` is read at the moment of leaving, so typing does not re-render anything.
 */
export function useUnsavedChangesPrompt(isDirty: () => boolean) {
  const check = useRef(isDirty);
  useEffect(() => {
    check.current = isDirty;
  });

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (check.current()) event.preventDefault();
    };
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(link instanceof HTMLAnchorElement) || link.target === '_blank' || link.hasAttribute('download')) return;
      const url = new URL(link.href, window.location.href);
      const isSamePage = url.origin === window.location.origin && url.pathname === window.location.pathname;
      if (isSamePage || !check.current()) return;
      if (!window.confirm(UNSAVED_MESSAGE)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, []);
}
