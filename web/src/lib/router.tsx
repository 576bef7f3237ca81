import { type MouseEvent, type ReactNode, useEffect, useState } from 'react';

// A minimal history router: the app has a handful of flat routes, so a dependency is not worth it.

const NAV_EVENT = 'chronicle:navigate';

export function navigate(to: string, replace = false): void {
  if (replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAV_EVENT));
  if (!replace) window.scrollTo(0, 0);
}

export interface Location {
  path: string;
  query: URLSearchParams;
  search: string;
}

function current(): Location {
  return {
    path: window.location.pathname,
    query: new URLSearchParams(window.location.search),
    search: window.location.search,
  };
}

export function useLocation(): Location {
  const [loc, setLoc] = useState(current);
  useEffect(() => {
    const update = () => setLoc(current());
    window.addEventListener('popstate', update);
    window.addEventListener(NAV_EVENT, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(NAV_EVENT, update);
    };
  }, []);
  return loc;
}

/** Replaces some query parameters of the current URL (empty values are dropped). */
export function setQuery(values: Record<string, string | undefined>, replace = false): void {
  const q = new URLSearchParams(window.location.search);
  for (const [k, v] of Object.entries(values)) {
    if (v) q.set(k, v);
    else q.delete(k);
  }
  const qs = q.toString();
  navigate(`${window.location.pathname}${qs ? `?${qs}` : ''}`, replace);
}

interface LinkProps {
  to: string;
  children: ReactNode;
  className?: string;
  title?: string;
}

/** An anchor that navigates in-app for plain left clicks and lets the browser handle the rest. */
export function Link({ to, children, className, title }: LinkProps) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={onClick} className={className} title={title}>
      {children}
    </a>
  );
}

/** Matches `/stories/:id`-style patterns; returns the decoded parameters or null. */
export function match(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split('/');
  const s = path.replace(/\/+$/, '').split('/');
  if (path === '/' && pattern === '/') return {};
  if (p.length !== s.length) return null;
  const out: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    if (p[i].startsWith(':')) {
      if (!s[i]) return null;
      out[p[i].slice(1)] = decodeURIComponent(s[i]);
    } else if (p[i] !== s[i]) return null;
  }
  return out;
}

export const paths = {
  article: (id: string, span?: [number, number]) =>
    `/articles/${encodeURIComponent(id)}${span ? `?span=${span[0]}-${span[1]}` : ''}`,
  story: (id: string) => `/stories/${encodeURIComponent(id)}`,
  actor: (id: string) => `/actors/${encodeURIComponent(id)}`,
  search: (q: string) => `/search?q=${encodeURIComponent(q)}`,
};
