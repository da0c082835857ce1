import { useId } from 'react';
import { Icon } from '../ui/Icon';
import {
  type ConditionDraft,
  type DraftValue,
  type GroupDraft,
  newCondition,
  newGroup,
  type RuleDraft,
  withField,
  withOperator,
} from './rule-draft';
import type { PlacedErrors } from './rule-errors';
import { rulePath } from './rule-errors';
import { FIELDS, fieldKind, OPERATORS, operatorShape } from './rule-fields';

/** Groups nest this deep (the top group is 1); the API allows 4. */
const MAX_DEPTH = 3;

function RuleErrors({ messages, id }: { messages: string[]; id: string }) {
  if (!messages.length) return null;
  return (
    <p className="form-error rule-error" id={id} role="alert">
      {messages.join(' ')}
    </p>
  );
}

/** A group of rules: match all or any of them; rules and further groups can be added. */
export function GroupEditor({
  group,
  path,
  label,
  depth,
  errors,
  onChange,
  onRemove,
}: {
  group: GroupDraft;
  path: string;
  /** "Group 2" for a nested group; the top group has none (the form is its label). */
  label?: string;
  depth: number;
  errors: PlacedErrors;
  onChange(group: GroupDraft): void;
  onRemove?(): void;
}) {
  const matchId = useId();
  const errorId = useId();
  const messages = errors.at(path);
  const number = (index: number) => (label ? `${label.replace(/^Group /, '')}.${index + 1}` : `${index + 1}`);
  const replace = (index: number, rule: RuleDraft) =>
    onChange({ ...group, children: group.children.map((child, at) => (at === index ? rule : child)) });
  const remove = (index: number) => onChange({ ...group, children: group.children.filter((_, at) => at !== index) });

  return (
    <fieldset
      className={`rule-group${label ? ' nested' : ''}`}
      aria-label={label ?? 'Rules'}
      aria-describedby={messages.length ? errorId : undefined}
    >
      <div className="rule-group-header">
        <label htmlFor={matchId} className="inline-label">
          {label ? `${label}: match` : 'Match'}
        </label>
        <select
          id={matchId}
          value={group.match}
          onChange={(event) => onChange({ ...group, match: event.target.value as 'all' | 'any' })}
        >
          <option value="all">all of these rules</option>
          <option value="any">any of these rules</option>
        </select>
        {onRemove && (
          <button type="button" className="icon-button small" aria-label={`Remove ${label}`} onClick={onRemove}>
            <Icon name="close" size={18} />
          </button>
        )}
      </div>
      <RuleErrors messages={messages} id={errorId} />
      <ol className="rule-list">
        {group.children.map((child, index) => {
          const childPath = rulePath(path, group.match, index);
          return (
            <li key={child.key}>
              {child.kind === 'group' ? (
                <GroupEditor
                  group={child}
                  path={childPath}
                  label={`Group ${number(index)}`}
                  depth={depth + 1}
                  errors={errors}
                  onChange={(rule) => replace(index, rule)}
                  onRemove={() => remove(index)}
                />
              ) : (
                <ConditionEditor
                  condition={child}
                  label={`Rule ${number(index)}`}
                  messages={errors.at(childPath)}
                  onChange={(rule) => replace(index, rule)}
                  onRemove={group.children.length > 1 || label ? () => remove(index) : undefined}
                />
              )}
            </li>
          );
        })}
      </ol>
      <div className="rule-group-actions">
        <button
          type="button"
          className="button-secondary small"
          onClick={() => onChange({ ...group, children: [...group.children, newCondition()] })}
        >
          <Icon name="plus" size={16} /> Add rule{label ? ` to ${label.toLowerCase()}` : ''}
        </button>
        {depth < MAX_DEPTH && (
          <button
            type="button"
            className="button-secondary small"
            onClick={() =>
              onChange({ ...group, children: [...group.children, newGroup(group.match === 'all' ? 'any' : 'all')] })
            }
          >
            <Icon name="plus" size={16} /> Add group{label ? ` to ${label.toLowerCase()}` : ''}
          </button>
        )}
      </div>
    </fieldset>
  );
}

/** One condition: field, then the operators that field has, then a value input of the operator's kind. */
function ConditionEditor({
  condition,
  label,
  messages,
  onChange,
  onRemove,
}: {
  condition: ConditionDraft;
  label: string;
  messages: string[];
  onChange(condition: ConditionDraft): void;
  onRemove?(): void;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const invalid = messages.length > 0;
  return (
    <fieldset className="rule" aria-label={label} aria-describedby={invalid ? errorId : undefined}>
      <div className="rule-inputs">
        <span className="rule-label muted small" aria-hidden="true">
          {label.replace(/^Rule /, '')}
        </span>
        <select
          aria-label={`${label} field`}
          value={condition.field}
          onChange={(event) => onChange(withField(condition, event.target.value))}
        >
          {FIELDS.map((field) => (
            <option key={field.id} value={field.id}>
              {field.label}
            </option>
          ))}
        </select>
        <select
          aria-label={`${label} operator`}
          value={condition.op}
          onChange={(event) => onChange(withOperator(condition, event.target.value))}
        >
          {OPERATORS[fieldKind(condition.field)].map((operator) => (
            <option key={operator.id} value={operator.id}>
              {operator.label}
            </option>
          ))}
        </select>
        <ValueInput
          // A new input for another kind of value: a text box turned number box keeps no stale state.
          key={operatorShape(condition.field, condition.op)}
          condition={condition}
          label={label}
          invalid={invalid}
          onChange={(value) => onChange({ ...condition, value })}
        />
        {onRemove && (
          <button
            type="button"
            className="icon-button small"
            aria-label={`Remove ${label.toLowerCase()}`}
            onClick={onRemove}
          >
            <Icon name="close" size={18} />
          </button>
        )}
      </div>
      <RuleErrors messages={messages} id={errorId} />
    </fieldset>
  );
}

/** The input a value needs: text, a number, two numbers, a number of days, a date or yes/no. */
function ValueInput({
  condition,
  label,
  invalid,
  onChange,
}: {
  condition: ConditionDraft;
  label: string;
  invalid: boolean;
  onChange(value: DraftValue): void;
}) {
  const { value } = condition;
  const common = { 'aria-invalid': invalid || undefined } as const;
  switch (operatorShape(condition.field, condition.op)) {
    case 'boolean':
      return (
        <select
          aria-label={`${label} value`}
          value={value === false ? 'no' : 'yes'}
          onChange={(event) => onChange(event.target.value === 'yes')}
        >
          <option value="yes">yes</option>
          <option value="no">no</option>
        </select>
      );
    case 'range': {
      const [low, high] = Array.isArray(value) ? value : ['', ''];
      return (
        <span className="rule-range">
          <DecimalInput
            label={`${label} from`}
            value={low}
            invalid={invalid}
            onChange={(text) => onChange([text, high])}
          />
          <span className="muted">and</span>
          <DecimalInput
            label={`${label} to`}
            value={high}
            invalid={invalid}
            onChange={(text) => onChange([low, text])}
          />
        </span>
      );
    }
    case 'days':
      return (
        <span className="rule-days">
          <input
            type="number"
            inputMode="numeric"
            min={1}
            aria-label={`${label} days`}
            value={String(value)}
            {...common}
            onChange={(event) => onChange(event.target.value)}
          />
          <span className="muted">days</span>
        </span>
      );
    case 'date':
      return (
        <input
          type="date"
          aria-label={`${label} date`}
          value={String(value)}
          {...common}
          onChange={(event) => onChange(event.target.value)}
        />
      );
    case 'number':
      return <DecimalInput label={`${label} value`} value={String(value)} invalid={invalid} onChange={onChange} />;
    default:
      return (
        <input
          type="text"
          aria-label={`${label} value`}
          value={String(value)}
          maxLength={200}
          {...common}
          onChange={(event) => onChange(event.target.value)}
        />
      );
  }
}

function DecimalInput({
  label,
  value,
  invalid,
  onChange,
}: {
  label: string;
  value: string;
  invalid: boolean;
  onChange(text: string): void;
}) {
  return (
    <input
      type="number"
      inputMode="decimal"
      aria-label={label}
      value={value}
      aria-invalid={invalid || undefined}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
