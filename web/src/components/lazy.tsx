import { type ComponentProps, lazy, Suspense } from 'react';

// vis-timeline (with moment) and cytoscape are most of the bundle: load them only on the views
// that draw a timeline or a graph, so the home, list and article views render sooner. Those views
// call the preload functions on mount, so the chart code downloads while their data loads.
let timelineModule: Promise<typeof import('./TimelineChart')> | undefined;
let networkModule: Promise<typeof import('./NetworkGraph')> | undefined;
export const preloadTimeline = () => {
  timelineModule ??= import('./TimelineChart');
  return timelineModule;
};
export const preloadNetwork = () => {
  networkModule ??= import('./NetworkGraph');
  return networkModule;
};

const TimelineChartLazy = lazy(() => preloadTimeline().then((m) => ({ default: m.TimelineChart })));
const NetworkGraphLazy = lazy(() => preloadNetwork().then((m) => ({ default: m.NetworkGraph })));

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
