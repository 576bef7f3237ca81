import type { ReactNode } from 'react';
import { PageTitle } from './components/common';
import { Layout } from './components/Layout';
import { match, useLocation } from './lib/router';
import { Actor } from './views/Actor';
import { Actors } from './views/Actors';
import { Article } from './views/Article';
import { Home } from './views/Home';
import { NetworkView } from './views/NetworkView';
import { Quotes } from './views/Quotes';
import { Search } from './views/Search';
import { Stories } from './views/Stories';
import { Story } from './views/Story';

type Render = (params: Record<string, string>, query: URLSearchParams) => ReactNode;

/** Every view has a URL; these mirror the API's JSON twins. */
const ROUTES: [string, Render][] = [
  ['/', () => <Home />],
  ['/search', (_, q) => <Search query={q} />],
  ['/stories', (_, q) => <Stories query={q} />],
  ['/stories/:id', (p) => <Story key={p.id} id={p.id} />],
  ['/actors', (_, q) => <Actors query={q} />],
  ['/actors/:id', (p) => <Actor key={p.id} id={p.id} />],
  ['/network', (_, q) => <NetworkView query={q} />],
  ['/quotes', (_, q) => <Quotes query={q} />],
  ['/articles/:id', (p, q) => <Article key={p.id} id={p.id} query={q} />],
];

export function App() {
  const { path, query } = useLocation();
  for (const [pattern, render] of ROUTES) {
    const params = match(pattern, path);
    if (params) return <Layout path={path}>{render(params, query)}</Layout>;
  }
  return (
    <Layout path={path}>
      <PageTitle title="Not found" sub={`No view at ${path}.`} />
    </Layout>
  );
}
