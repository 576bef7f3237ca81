import { type ComponentProps, lazy, Suspense } from 'react';

// vis-timeline (with moment) and cytoscape are most of the bundle: load them only on the views
// that draw a timeline or a graph, so the home, list and article views render sooner.
const TimelineChartLazy = lazy(() => import('./TimelineChart').then((m) => ({ default: m.TimelineChart })));
const NetworkGraphLazy = lazy(() => import('./NetworkGraph').then((m) => ({ default: m.NetworkGraph })));

const fallback = <p className="status loading">Loading chart…</p>;

export function TimelineChart(props: ComponentProps<typeof TimelineChartLazy>) {
  return (
    <Suspense fallback={fallback}>
      <TimelineChartLazy {...props} />
    </Suspense>
  );
}

export function NetworkGraph(props: ComponentProps<typeof NetworkGraphLazy>) {
  return (
    <Suspense fallback={fallback}>
      <NetworkGraphLazy {...props} />
    </Suspense>
  );
}
