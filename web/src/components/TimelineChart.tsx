import { useEffect, useRef } from 'react';
import { DataSet } from 'vis-data/peer';
import { type DataGroup, type DataItem, Timeline } from 'vis-timeline/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';

export interface TimelineEntry {
  id: string;
  date: Date;
  label: string;
  /** A short count shown as a badge, e.g. "×3" corroborating reports. */
  badge?: string;
  group: string;
  className?: string;
}

/**
 * Item content is a DOM element built with textContent: vis-timeline would otherwise parse
 * a string as HTML, and labels come from article text.
 */
function itemContent(e: TimelineEntry): HTMLElement {
  const el = document.createElement('div');
  el.className = 'tl-item';
  const label = document.createElement('span');
  label.className = 'tl-label';
  label.textContent = e.label.length > 70 ? `${e.label.slice(0, 69)}…` : e.label;
  el.appendChild(label);
  if (e.badge) {
    const b = document.createElement('span');
    b.className = 'tl-badge';
    b.textContent = e.badge;
    el.appendChild(b);
  }
  return el;
}

function groupContent(label: string): HTMLElement {
  const el = document.createElement('span');
  el.textContent = label;
  return el;
}

export function TimelineChart({
  entries,
  groups,
  onSelect,
  range,
}: {
  entries: TimelineEntry[];
  groups: { id: string; label: string }[];
  onSelect?: (id: string | null) => void;
  /** The range to open on (e.g. the story's first to last date); default: fit all items. */
  range?: [Date, Date] | null;
}) {
  const box = useRef<HTMLDivElement>(null);
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    if (!box.current || entries.length === 0) return;
    // vis-timeline accepts an element as content at run time; its typings only say string.
    const items = new DataSet<DataItem>(
      entries.map((e) => ({
        id: e.id,
        start: e.date,
        content: itemContent(e) as unknown as string,
        group: e.group,
        className: e.className,
      })),
    );
    const usedGroups = groups.filter((g) => entries.some((e) => e.group === g.id));
    const tl = new Timeline(
      box.current,
      items,
      new DataSet<DataGroup>(usedGroups.map((g) => ({ id: g.id, content: groupContent(g.label) }))),
      {
        stack: true,
        maxHeight: 520,
        zoomKey: 'ctrlKey',
        margin: { item: 6 },
        orientation: 'top',
        xss: { disabled: false },
      },
    );
    // Open on the given range or the items' own dates (the default window is around today).
    // Two days of margin keep items on the first and last date fully visible.
    const day = 86400000;
    if (range) tl.setWindow(range[0].getTime() - 2 * day, range[1].getTime() + 3 * day, { animation: false });
    else tl.fit({ animation: false });
    tl.on('select', (p: { items: (string | number)[] }) =>
      select.current?.(p.items.length ? String(p.items[0]) : null),
    );
    return () => tl.destroy();
  }, [entries, groups, range]);

  if (entries.length === 0) return <p className="status empty">No dated items to place on a timeline.</p>;
  return <div className="timeline" ref={box} data-testid="timeline" />;
}
