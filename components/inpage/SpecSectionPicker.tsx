/**
 * A searchable list of the Model Spec's sections (engine/spec-sections.json), as an ARIA combobox:
 * type to filter by title or anchor, arrow keys move, Enter picks, Escape clears the search.
 */
import { useMemo, useState } from 'preact/hooks';
import { SPEC_SECTIONS, type SpecSection } from '../../engine/spec';

export interface SpecSectionPickerProps {
  id: string;
  value: string | null;
  onChange(anchor: string): void;
}

const MAX_SHOWN = 60;

export function filterSections(query: string, sections: readonly SpecSection[] = SPEC_SECTIONS): SpecSection[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...sections];
  return sections.filter((s) => {
    const hay = `${s.title} ${s.id.replace(/_/g, ' ')} ${s.topLevelId.replace(/_/g, ' ')}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

export function SpecSectionPicker({ id, value, onChange }: SpecSectionPickerProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const matches = useMemo(() => filterSections(query), [query]);
  const shown = matches.slice(0, MAX_SHOWN);
  const listId = `${id}-list`;
  const chosen = value ? SPEC_SECTIONS.find((s) => s.id === value) : undefined;
  const optionId = (i: number) => `${id}-opt-${i}`;

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => Math.min(a + 1, shown.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const pick = shown[active];
      if (pick) onChange(pick.id);
    } else if (e.key === 'Escape' && query) {
      e.preventDefault();
      e.stopPropagation();
      setQuery('');
      setActive(0);
    }
  };

  return (
    <div class="sl-picker">
      <input
        id={id}
        class="sl-input"
        type="search"
        role="combobox"
        list={undefined}
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown[active] ? optionId(active) : undefined}
        placeholder="Search the Model Spec sections"
        autocomplete="off"
        value={query}
        onInput={(e) => {
          setQuery((e.currentTarget as HTMLInputElement).value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} class="sl-options" role="listbox" aria-label="Model Spec sections">
        {shown.map((s, i) => (
          <li
            key={s.id}
            id={optionId(i)}
            role="option"
            aria-selected={s.id === value}
            class={`sl-option${i === active ? ' sl-option--active' : ''}${s.id === value ? ' sl-option--chosen' : ''}`}
            style={{ paddingLeft: `${8 + (s.level - 1) * 12}px` }}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              setActive(i);
              onChange(s.id);
            }}
          >
            <span class="sl-option-title">{s.title}</span>
            <span class="sl-option-id">{s.id}</span>
          </li>
        ))}
        {shown.length === 0 ? <li class="sl-option sl-option--empty">No section matches “{query}”.</li> : null}
        {matches.length > shown.length ? <li class="sl-option sl-option--empty">{matches.length - shown.length} more: keep typing to narrow.</li> : null}
      </ul>
      <p class="sl-picked" aria-live="polite">
        {chosen ? (
          <>
            Section: <strong>{chosen.title}</strong> <code>{chosen.id}</code>
          </>
        ) : (
          'No section picked yet.'
        )}
      </p>
    </div>
  );
}
