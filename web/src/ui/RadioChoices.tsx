import { type ReactNode, useId } from 'react';

/**
 * One of a few choices as radio buttons in a fieldset, the chosen one's label marked `selected` (the
 * styles draw the labels as buttons). `describe` adds what the label shows beside the option's name.
 */
export function RadioChoices<Option extends { id: string; label: string }>({
  legend,
  className,
  options,
  value,
  onChange,
  describe = (option) => option.label,
}: {
  legend: string;
  className: string;
  options: readonly Option[];
  value: Option['id'];
  onChange(id: Option['id']): void;
  describe?(option: Option): ReactNode;
}) {
  const name = useId();
  return (
    <fieldset className={className}>
      <legend className="visually-hidden">{legend}</legend>
      {options.map((option) => (
        <label key={option.id} className={value === option.id ? 'selected' : undefined}>
          <input
            type="radio"
            name={name}
            value={option.id}
            checked={value === option.id}
            onChange={() => onChange(option.id)}
          />
          {describe(option)}
        </label>
      ))}
    </fieldset>
  );
}
