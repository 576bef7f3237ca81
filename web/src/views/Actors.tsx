import { ListStatus, MoreButton, PageTitle } from '../components/common';
import { FilterForm } from '../components/FilterForm';
import { api } from '../lib/api';
import { useCursorList } from '../lib/hooks';
import { Link, paths } from '../lib/router';

export function Actors({ query }: { query: URLSearchParams }) {
  const name = query.get('name') ?? '';
  const kind = query.get('kind') ?? '';
  const list = useCursorList(`actors|${name}|${kind}`, (cursor, s) => api.actors({ name, kind, cursor }, s));
  return (
    <div>
      <PageTitle title="Actors" sub="People, countries, organisations and outlets, by number of mentions." />
      <FilterForm
        key={query.toString()}
        query={query}
        fields={[
          { name: 'name', label: 'Name' },
          { name: 'kind', label: 'Kind', placeholder: 'person, country…' },
        ]}
      />
      <ListStatus list={list} empty="No actors match." />
      {list.items.length > 0 && (
        <table className="list actors-table">
          <thead>
            <tr>
              <th>Name</th>
              <th>Kind</th>
              <th>Code</th>
              <th>Role</th>
              <th className="num">Mentions</th>
              <th className="num">Articles</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link to={paths.actor(a.id)}>{a.name}</Link>
                </td>
                <td>
                  <span className={`kind kind-${a.kind}`}>{a.kind}</span>
                </td>
                <td className="mono small">{a.code}</td>
                <td className="small">{a.role}</td>
                <td className="num">{a.mentions}</td>
                <td className="num">{a.articles}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <MoreButton list={list} />
    </div>
  );
}
