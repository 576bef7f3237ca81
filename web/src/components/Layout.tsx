import { type FormEvent, type ReactNode, useState } from 'react';
import { Link, navigate, paths } from '../lib/router';

const NAV: [string, string][] = [
  ['/stories', 'Stories'],
  ['/actors', 'Actors'],
  ['/network', 'Network'],
  ['/quotes', 'Quotes'],
];

export function SearchBox({ initial = '', big = false }: { initial?: string; big?: boolean }) {
  const [q, setQ] = useState(initial);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (q.trim()) navigate(paths.search(q.trim()));
  };
  return (
    <form className={big ? 'search big' : 'search'} onSubmit={submit}>
      <input
        type="search"
        name="q"
        aria-label="Search articles"
        placeholder="Search articles…"
        value={q}
        onChange={(e) => setQ(e.target.value)}
      />
      <button type="submit">Search</button>
    </form>
  );
}

export function Layout({ path, children }: { path: string; children: ReactNode }) {
  return (
    <>
      <header className="topbar">
        <Link to="/" className="brand">
          Chronicle
        </Link>
        <nav>
          {NAV.map(([to, label]) => (
            <Link key={to} to={to} className={path.startsWith(to) ? 'active' : undefined}>
              {label}
            </Link>
          ))}
        </nav>
        {path !== '/' && <SearchBox key={path} />}
      </header>
      <main>{children}</main>
    </>
  );
}
