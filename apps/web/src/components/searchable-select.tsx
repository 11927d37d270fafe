'use client';

import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type KeyboardEvent,
} from 'react';
import { matchOptions } from './choice-match';
import styles from './searchable-select.module.css';

export interface SearchableOption {
  value: string;
  label: string;
}

interface SearchableSelectProps {
  /** The id the field's label points at: the select, then the search box. */
  id: string;
  name: string;
  options: readonly SearchableOption[];
  defaultValue: string;
  /** A first choice meaning "none", for a field that may be left empty. */
  emptyLabel?: string;
  required?: boolean;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

const noSubscription = () => () => undefined;

/** How many matches the list shows at once; typing more narrows it. */
const SHOWN = 50;

/**
 * A long list to choose from (countries, languages, time zones). Without JavaScript it is a
 * native select, which a keyboard already searches by typing. Once scripts run it becomes a
 * search box with a list of matches (the ARIA combobox pattern): type any word of the name
 * or the code, move with the arrow keys, choose with Enter or a click. The value sent is
 * always one of the list's, in a hidden field; what is typed and not chosen is put back.
 */
export function SearchableSelect(props: SearchableSelectProps) {
  const { id, name, options, defaultValue, emptyLabel, required } = props;
  const aria = {
    'aria-invalid': props['aria-invalid'],
    'aria-describedby': props['aria-describedby'],
  };
  // The server's page (and a browser without scripts) has the select; once hydrated, the box.
  const enhanced = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

  if (!enhanced) {
    return (
      <select
        id={id}
        name={name}
        required={required}
        defaultValue={defaultValue}
        className={styles.select}
        {...aria}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  }
  return <Combobox {...props} />;
}

function Combobox({
  id,
  name,
  options,
  defaultValue,
  emptyLabel,
  required,
  ...aria
}: SearchableSelectProps) {
  const listId = useId();
  const labelOf = (value: string) => options.find((option) => option.value === value)?.label ?? '';
  const [value, setValue] = useState(defaultValue);
  const [query, setQuery] = useState(() => labelOf(defaultValue));
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const list = useRef<HTMLUListElement>(null);

  const matches = useMemo(
    () => (query === labelOf(value) ? [...options] : matchOptions(options, query)),
    // labelOf reads options, which the deps hold.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [options, query, value],
  );
  const shown = matches.slice(0, SHOWN);
  const optionId = (index: number) => `${listId}-option-${index}`;

  useEffect(() => {
    if (active >= 0)
      list.current
        ?.querySelector(`#${CSS.escape(optionId(active))}`)
        ?.scrollIntoView({ block: 'nearest' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active]);

  const choose = (option: SearchableOption | undefined) => {
    if (option) {
      setValue(option.value);
      setQuery(option.label);
    }
    setOpen(false);
    setActive(-1);
  };

  /** Leaving the box: an exact name chooses it, an empty box chooses none, anything else is put back. */
  const settle = () => {
    const typed = query.trim().toLowerCase();
    const exact = options.find(
      (option) => option.label.toLowerCase() === typed || option.value.toLowerCase() === typed,
    );
    if (exact) choose(exact);
    else if (typed === '' && emptyLabel !== undefined) {
      setValue('');
      setQuery('');
      setOpen(false);
    } else {
      setQuery(labelOf(value));
      setOpen(false);
    }
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        setActive((current) => Math.min(current + 1, shown.length - 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        setActive((current) => Math.max(current - 1, 0));
        break;
      case 'Enter':
        // Enter chooses from an open list; otherwise it sends the form, as in any field.
        if (open && active >= 0) {
          event.preventDefault();
          choose(shown[active]);
        }
        break;
      case 'Escape':
        // Closes the list and keeps the person in the field; never anything more.
        if (open) {
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
          setActive(-1);
        }
        break;
    }
  };

  return (
    <div className={styles.combobox}>
      <input
        id={id}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        required={required}
        value={query}
        placeholder={emptyLabel}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={(event) => event.target.select()}
        onClick={() => setOpen(true)}
        onBlur={settle}
        onKeyDown={onKeyDown}
        {...aria}
      />
      <input type="hidden" name={name} value={value} />
      <ul
        id={listId}
        role="listbox"
        // Named apart from the field, so the field's label finds the field alone.
        aria-label="Matches"
        ref={list}
        hidden={!open}
        className={styles.list}
      >
        {shown.map((option, index) => (
          <li
            key={option.value}
            id={optionId(index)}
            role="option"
            aria-selected={option.value === value}
            className={index === active ? styles.active : undefined}
            // Before the box's blur, so the click chooses rather than puts the text back.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(option);
            }}
          >
            {option.label}
          </li>
        ))}
        {shown.length === 0 && (
          <li role="option" aria-disabled="true" aria-selected={false} className={styles.none}>
            Nothing matches “{query}”.
          </li>
        )}
      </ul>
      {open && matches.length > shown.length && (
        <p className="hint" aria-live="polite">
          {matches.length - shown.length} more: keep typing to narrow the list.
        </p>
      )}
    </div>
  );
}
