import cytoscape from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { Network } from '../lib/types';

const KIND_COLOURS: Record<string, string> = {
  person: '#2f6fb3',
  country: '#b5533c',
  organization: '#6a4fa3',
  organisation: '#6a4fa3',
  outlet: '#4f8a5b',
};

/** Cytoscape renders labels on canvas, so actor names are never parsed as markup. */
export function NetworkGraph({
  network,
  onNode,
  onEdge,
}: {
  network: Network;
  onNode: (id: string) => void;
  /** Called with a one-line summary of the selected edge, or null. */
  onEdge?: (summary: string | null) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const click = useRef(onNode);
  click.current = onNode;
  const edge = useRef(onEdge);
  edge.current = onEdge;

  useEffect(() => {
    if (!box.current) return;
    const maxMentions = Math.max(1, ...network.nodes.map((n) => n.mentions));
    const maxWeight = Math.max(1, ...network.edges.map((e) => e.weight));
    const names = new Map(network.nodes.map((n) => [n.id, n.name]));
    const ids = new Set(names.keys());
    const cy = cytoscape({
      container: box.current,
      elements: [
        ...network.nodes.map((n) => ({
          data: {
            id: n.id,
            label: n.name,
            size: 18 + 42 * Math.sqrt(n.mentions / maxMentions),
            colour: KIND_COLOURS[n.kind] ?? '#777',
          },
        })),
        ...network.edges
          .filter((e) => ids.has(e.source) && ids.has(e.target))
          .map((e, i) => ({
            data: {
              id: `e${i}`,
              source: e.source,
              target: e.target,
              width: 1 + 7 * (e.weight / maxWeight),
              summary: `${names.get(e.source)} → ${names.get(e.target)}: ${e.weight} event${e.weight === 1 ? '' : 's'} (${Object.entries(
                e.plover,
              )
                .sort((a, b) => b[1] - a[1])
                .map(([k, v]) => `${k} ${v}`)
                .join(', ')})`,
              label: Object.entries(e.plover)
                .sort((a, b) => b[1] - a[1])
                .slice(0, 2)
                .map(([k, v]) => `${k} ${v}`)
                .join(', '),
            },
          })),
      ],
      style: [
        {
          selector: 'node',
          style: {
            'background-color': 'data(colour)',
            label: 'data(label)',
            width: 'data(size)',
            height: 'data(size)',
            'font-size': 13,
            color: '#1d2430',
            'text-valign': 'bottom',
            'text-margin-y': 4,
            'text-outline-color': '#fff',
            'text-outline-width': 2,
          },
        },
        {
          selector: 'edge',
          style: {
            width: 'data(width)',
            'line-color': '#9aa7b8',
            'target-arrow-color': '#9aa7b8',
            'target-arrow-shape': 'triangle',
            'curve-style': 'bezier',
          },
        },
        { selector: 'node:active, node:selected', style: { 'border-width': 3, 'border-color': '#f0b429' } },
        // Edge labels would clutter a dense graph: they appear on the selected edge only.
        {
          selector: 'edge:selected',
          style: {
            label: 'data(label)',
            'font-size': 10,
            color: '#1d2430',
            'line-color': '#f0b429',
            'target-arrow-color': '#f0b429',
          },
        },
      ],
      layout: {
        name: 'cose',
        animate: false,
        randomize: false,
        nodeRepulsion: () => 400000,
        idealEdgeLength: () => 90,
        nodeOverlap: 20,
        componentSpacing: 60,
        padding: 24,
      },
      wheelSensitivity: 0.3,
    });
    cy.on('tap', 'node', (evt) => click.current(evt.target.id()));
    cy.on('select', 'edge', (evt) => edge.current?.(evt.target.data('summary')));
    cy.on('unselect', 'edge', () => edge.current?.(null));
    // Exposed for the browser tests, which cannot click canvas nodes by name.
    (box.current as HTMLDivElement & { cy?: cytoscape.Core }).cy = cy;
    return () => cy.destroy();
  }, [network]);

  return <div className="network" ref={box} data-testid="network" />;
}
