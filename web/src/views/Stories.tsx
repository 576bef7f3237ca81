import { ListStatus, MoreButton, PageTitle } from '../components/common';
import { FilterForm } from '../components/FilterForm';
import { StoryTable } from '../components/StoryTable';
import { api } from '../lib/api';
import { useCursorList } from '../lib/hooks';

export function Stories({ query }: { query: URLSearchParams }) {
  const q = query.get('q') ?? '';
  const from = query.get('from') ?? '';
  const to = query.get('to') ?? '';
  const list = useCursorList(`stories|${q}|${from}|${to}`, (cursor, s) =>
    api.stories({ q, from, to, cursor }, s),
  );
  return (
    <div>
      <PageTitle title="Stories" sub="Reports clustered into stories; syndicated copies count once." />
      <FilterForm
        key={query.toString()}
        query={query}
        fields={[
          { name: 'q', label: 'Words' },
          { name: 'from', label: 'From', type: 'date' },
          { name: 'to', label: 'To', type: 'date' },
        ]}
      />
      <ListStatus list={list} empty="No stories match." />
      {list.items.length > 0 && <StoryTable stories={list.items} />}
      <MoreButton list={list} />
    </div>
  );
}
