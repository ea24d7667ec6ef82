'use client';

import { useEffect, useRef } from 'react';

export const UNSAVED_CHANGES_MESSAGE = 'You have unsaved changes. Leave this page and lose them?';

/** A click that would take the browser to another page of this site in the same tab. */
function leavingLink(event: MouseEvent): HTMLAnchorElement | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const anchor = (event.target as Element | null)?.closest?.('a[href]');
  if (!(anchor instanceof HTMLAnchorElement) || (anchor.target && anchor.target !== '_self') || anchor.hasAttribute('download')) return null;
  const url = new URL(anchor.href, window.location.href);
  const here = new URL(window.location.href);
  if (url.origin === here.origin && url.pathname === here.pathname && url.search === here.search) return null;
  return anchor;
}

/**
 * While `isDirty`, asks before the work is lost: the browser's own prompt when the tab is closed or
 * reloaded (beforeunload), and a confirm for a link inside the portal. The link check runs in the capture
 * phase on the document, before Next's <Link> handler (on the React root) can start a client navigation.
 * `isDirty` may be a function, read only at the moment of leaving, so that typing re-renders nothing.
 */
export function useUnsavedChanges(isDirty: boolean | (() => boolean), message = UNSAVED_CHANGES_MESSAGE) {
  const dirty = useRef(isDirty);
  const text = useRef(message);
  useEffect(() => {
    dirty.current = isDirty;
    text.current = message;
  });

  useEffect(() => {
    const isDirtyNow = () => (typeof dirty.current === 'function' ? dirty.current() : dirty.current);
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!isDirtyNow()) return;
      event.preventDefault();
      // Older browsers still need returnValue set to show the prompt.
      event.returnValue = '';
    };
    const onClick = (event: MouseEvent) => {
      if (!leavingLink(event) || !isDirtyNow()) return;
      if (window.confirm(text.current)) return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, []);
}
