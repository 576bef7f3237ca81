import { useEffect, useState } from 'react';
import { PageTitle, Status } from '../components/common';
import { FilterForm } from '../components/FilterForm';
import { NetworkGraph, preloadNetwork } from '../components/lazy';
import { api } from '../lib/api';
import { useFetch } from '../lib/hooks';
import { navigate, paths } from '../lib/router';

export function NetworkView({ query }: { query: URLSearchParams }) {
  const from = query.get('from') ?? '';
  const to = query.get('to') ?? '';
  const minWeight = query.get('minWeight') ?? '';
  useEffect(() => void preloadNetwork(), []);
  const net = useFetch(`network|${from}|${to}|${minWeight}`, (s) =>
    api.network({ from, to, minWeight, limit: 200 }, s),
  );
  const n = net.data;
  const [edge, setEdge] = useState<string | null>(null);
  return (
    <div>
      <PageTitle
        title="Actor network"
        sub="Who acted on whom: arrows run from source to target, width = number of events."
      />
      <FilterForm
        key={query.toString()}
        query={query}
        fields={[
          { name: 'from', label: 'From', type: 'date' },
          { name: 'to', label: 'To', type: 'date' },
          { name: 'minWeight', label: 'Min. events', placeholder: '1' },
        ]}
      />
      <Status
        loading={net.loading}
        error={net.error}
        empty={n !== null && n.nodes.length === 0 && 'No events between actors in this period.'}
      />
      {n && n.nodes.length > 0 && (
        <>
          <p className="muted small">
            {n.nodes.length} actors, {n.edges.length} links
            {n.truncated ? ' — showing the 200 heaviest links only (narrow the dates to see the rest)' : ''}.
            Click an actor to open it.
          </p>
          <NetworkGraph network={n} onNode={(id) => navigate(paths.actor(id))} onEdge={setEdge} />
          <p className="edge-summary small" aria-live="polite">
            {edge ?? 'Click a link to see which events it counts.'}
          </p>
          <ul className="legend">
            <li className="kind-person">person</li>
            <li className="kind-country">country</li>
            <li className="kind-organization">organisation</li>
            <li className="kind-outlet">outlet</li>
          </ul>
        </>
      )}
    </div>
  );
}
