import { useEffect, useId, useRef, useState } from 'preact/hooks';

export interface Option<T> {
  key: string;
  label: string;
  /** Shown after the label, e.g. "person · new". */
  hint?: string;
  value: T;
}

interface ComboboxProps<T> {
  label: string;
  /** What the field shows before the editor types: the current choice. */
  initial?: string;
  placeholder?: string;
  search: (query: string) => Promise<Option<T>[]>;
  onSelect: (option: Option<T>) => void;
  /** Hide the label visually (still read out), for compact rows. */
  hideLabel?: boolean;
  disabled?: boolean;
}

/**
 * An autocomplete field (WAI-ARIA combobox with a listbox popup): type to search, arrow keys to
 * move, Enter to choose, Escape to close. Options come from `search`, latest answer wins.
 */
export function Combobox<T>({
  label,
  initial = '',
  placeholder,
  search,
  onSelect,
  hideLabel,
  disabled,
}: ComboboxProps<T>) {
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState(initial);
  const [options, setOptions] = useState<Option<T>[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const asked = useRef(0);

  useEffect(() => setText(initial), [initial]);

  const ask = (query: string) => {
    const run = ++asked.current;
    void search(query).then(
      (found) => {
        if (run !== asked.current) return;
        setOptions(found);
        setActive(found.length > 0 ? 0 : -1);
        setOpen(true);
      },
      () => run === asked.current && setOptions([]),
    );
  };

  const choose = (option: Option<T>) => {
    setOpen(false);
    setText(option.label);
    onSelect(option);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open) ask(text);
      else setActive((i) => Math.min(options.length - 1, i + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (event.key === 'Enter' && open) {
      const option = options[active];
      if (option) {
        event.preventDefault();
        choose(option);
      }
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
    }
  };

  return (
    <div class="combobox">
      <label for={id} class={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? `${id}-opt-${active}` : undefined}
        value={text}
        placeholder={placeholder}
        disabled={disabled}
        onInput={(event) => {
          const value = event.currentTarget.value;
          setText(value);
          ask(value);
        }}
        onFocus={(event) => event.currentTarget.select()}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <ul id={listId} role="listbox" aria-label={label} class="combobox-list" hidden={!open || options.length === 0}>
        {options.map((option, index) => (
          <li
            key={option.key}
            id={`${id}-opt-${index}`}
            role="option"
            aria-selected={index === active}
            class={index === active ? 'active' : undefined}
            onMouseDown={(event) => {
              // Keep focus in the field: the choice is made on mousedown, before blur closes the list.
              event.preventDefault();
              choose(option);
            }}
          >
            {option.label}
            {option.hint && <span class="option-hint"> · {option.hint}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
