import { ListStatus, MoreButton, PageTitle } from '../components/common';
import { QuoteTable } from '../components/FactTables';
import { FilterForm } from '../components/FilterForm';
import { api } from '../lib/api';
import { useCursorList } from '../lib/hooks';
import { setQuery } from '../lib/router';

const FIELDS = ['speaker', 'outlet', 'text', 'from', 'to', 'all'] as const;

export function Quotes({ query }: { query: URLSearchParams }) {
  const params = Object.fromEntries(FIELDS.map((f) => [f, query.get(f) ?? '']));
  const key = FIELDS.map((f) => params[f]).join('|');
  const list = useCursorList(`quotes|${key}`, (cursor, s) => api.quotes({ ...params, cursor }, s));
  return (
    <div>
      <PageTitle
        title="Quotes"
        sub="Who said what, when, and which outlet carried it (relays shown as “via …”)."
      />
      <FilterForm
        key={query.toString()}
        query={query}
        fields={[
          { name: 'speaker', label: 'Speaker' },
          { name: 'outlet', label: 'Outlet' },
          { name: 'text', label: 'Words' },
          { name: 'from', label: 'From', type: 'date' },
          { name: 'to', label: 'To', type: 'date' },
        ]}
        extra={
          <label className="filter-check">
            <input
              type="checkbox"
              checked={params.all === 'true'}
              onChange={(e) => setQuery({ all: e.target.checked ? 'true' : undefined })}
            />{' '}
            show all (unattributed scare quotes and hedges, mixed quotes' fragments)
          </label>
        }
      />
      <ListStatus list={list} empty="No quotes match." />
      {list.items.length > 0 && <QuoteTable quotes={list.items} />}
      <MoreButton list={list} />
    </div>
  );
}
