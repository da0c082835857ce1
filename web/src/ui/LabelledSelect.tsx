import { useId } from 'react';

export interface SelectOption<Value extends string> {
  id: Value;
  label: string;
}

/** A select with its label, for choosing one of a fixed list (a sort, a genre). */
export function LabelledSelect<Option extends SelectOption<string>>({
  label,
  hideLabel = false,
  options,
  value,
  disabled,
  onChange,
}: {
  label: string;
  /** The label is for screen readers only (the first option says what the select is). */
  hideLabel?: boolean;
  options: readonly Option[];
  value: Option['id'];
  disabled?: boolean;
  onChange(value: Option['id']): void;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value as Option['id'])}
      >
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
    </>
  );
}
