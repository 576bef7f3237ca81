import { type FormEvent, type ReactNode, useState } from 'react';
import { setQuery } from '../lib/router';

export interface FilterField {
  name: string;
  label: string;
  type?: 'text' | 'date';
  placeholder?: string;
}

/**
 * A filter form whose state lives in the URL query, so every filtered view can be linked to.
 * Dates are free text so partial dates (2025, 2025-03) work as they do in the API.
 */
export function FilterForm({
  fields,
  query,
  extra,
}: {
  fields: FilterField[];
  query: URLSearchParams;
  extra?: ReactNode;
}) {
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.map((f) => [f.name, query.get(f.name) ?? ''])),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setQuery(Object.fromEntries(fields.map((f) => [f.name, values[f.name]?.trim() || undefined])));
  };
  const clear = () => {
    setValues(Object.fromEntries(fields.map((f) => [f.name, ''])));
    setQuery(Object.fromEntries(fields.map((f) => [f.name, undefined])));
  };
  return (
    <form className="filters" onSubmit={submit}>
      {fields.map((f) => (
        <label key={f.name}>
          <span>{f.label}</span>
          <input
            className="filter-input"
            name={f.name}
            value={values[f.name] ?? ''}
            placeholder={f.placeholder ?? (f.type === 'date' ? 'YYYY-MM-DD' : '')}
            onChange={(e) => setValues({ ...values, [f.name]: e.target.value })}
          />
        </label>
      ))}
      {extra}
      <div className="filter-buttons">
        <button type="submit">Apply</button>
        <button type="button" className="secondary" onClick={clear}>
          Clear
        </button>
      </div>
    </form>
  );
}
