// Moving between pages without reloading: the History API plus the popstate event everything
// listens to, and a hook for the current address.
import { useSyncExternalStore, type MouseEvent } from 'react';

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (path === `${location.pathname}${location.search}`) return;
  if (options.replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/** onClick for an <a href> inside the app: a plain click navigates in place, others keep their meaning. */
export function followLink(event: MouseEvent<HTMLAnchorElement>): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(event.currentTarget.getAttribute('href') ?? '/');
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

const readPath = () => location.pathname;
const readSearch = () => location.search;

/** The current path and query, following navigation. */
export function useLocation(): { pathname: string; search: string } {
  const pathname = useSyncExternalStore(subscribe, readPath);
  const search = useSyncExternalStore(subscribe, readSearch);
  return { pathname, search };
}
