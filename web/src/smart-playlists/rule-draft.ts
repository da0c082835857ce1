import { fieldKind, OPERATORS, operatorShape } from './rule-fields';

/**
 * The editor's working copy of a rule tree. Values stay as typed (strings) until they are sent, so a
 * half-typed number is not lost; the server's validation says what is wrong with them.
 */
export type DraftValue = string | [string, string] | boolean;

export interface ConditionDraft {
  kind: 'condition';
  key: string;
  field: string;
  op: string;
  value: DraftValue;
}

export interface GroupDraft {
  kind: 'group';
  key: string;
  match: 'all' | 'any';
  children: RuleDraft[];
}

export type RuleDraft = ConditionDraft | GroupDraft;

export interface RulesDraft {
  root: GroupDraft;
  sortField: string;
  sortDirection: 'asc' | 'desc';
  limit: string;
}

let keys = 0;
const nextKey = () => `rule-${++keys}`;

/** The value an operator starts with (booleans start true, everything else empty). */
export function emptyValue(field: string, op: string): DraftValue {
  const shape = operatorShape(field, op);
  if (shape === 'boolean') return true;
  if (shape === 'range') return ['', ''];
  return '';
}

export function newCondition(field = 'title'): ConditionDraft {
  const op = OPERATORS[fieldKind(field)][0]?.id ?? 'is';
  return { kind: 'condition', key: nextKey(), field, op, value: emptyValue(field, op) };
}

export function newGroup(match: 'all' | 'any' = 'any', children: RuleDraft[] = [newCondition()]): GroupDraft {
  return { kind: 'group', key: nextKey(), match, children };
}

export function newRulesDraft(): RulesDraft {
  return { root: newGroup('all'), sortField: 'addedAt', sortDirection: 'desc', limit: '100' };
}

/** A number as typed; what is not a number goes as typed, for the server to refuse at its path. */
const toNumber = (text: string): number | string =>
  text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text;

function conditionValue(condition: ConditionDraft): unknown {
  const { value } = condition;
  switch (operatorShape(condition.field, condition.op)) {
    case 'number':
      return toNumber(String(value));
    case 'range':
      return Array.isArray(value) ? value.map(toNumber) : value;
    case 'days':
      return { days: toNumber(String(value)) };
    default:
      return value;
  }
}

function ruleJson(rule: RuleDraft): unknown {
  if (rule.kind === 'group') return { [rule.match]: rule.children.map(ruleJson) };
  return { field: rule.field, op: rule.op, value: conditionValue(rule) };
}

/** The rule JSON the API takes (SmartPlaylistRules). */
export function toRulesJson(draft: RulesDraft): Record<string, unknown> {
  return {
    [draft.root.match]: draft.root.children.map(ruleJson),
    sort: { field: draft.sortField, direction: draft.sortDirection },
    limit: toNumber(draft.limit),
  };
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const asText = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

function draftValue(field: string, op: string, value: unknown): DraftValue {
  switch (operatorShape(field, op)) {
    case 'boolean':
      return value !== false;
    case 'range':
      return Array.isArray(value) ? [asText(value[0]), asText(value[1])] : ['', ''];
    case 'days':
      return asText(isObject(value) ? value.days : value);
    default:
      return asText(value);
  }
}

function ruleDraft(json: unknown): RuleDraft {
  if (isObject(json) && (Array.isArray(json.all) || Array.isArray(json.any))) {
    const match = Array.isArray(json.all) ? 'all' : 'any';
    return newGroup(match, (json[match] as unknown[]).map(ruleDraft));
  }
  const condition = isObject(json) ? json : {};
  const field = asText(condition.field) || 'title';
  const op = asText(condition.op) || (OPERATORS[fieldKind(field)][0]?.id ?? 'is');
  return { kind: 'condition', key: nextKey(), field, op, value: draftValue(field, op, condition.value) };
}

/** A saved playlist's rules, for editing. A bare condition at the top becomes a group of one. */
export function fromRulesJson(json: unknown): RulesDraft {
  const rules = isObject(json) ? json : {};
  const top = ruleDraft(rules);
  const sort = isObject(rules.sort) ? rules.sort : {};
  return {
    root: top.kind === 'group' ? top : newGroup('all', [top]),
    sortField: asText(sort.field) || 'addedAt',
    sortDirection: sort.direction === 'asc' ? 'asc' : 'desc',
    limit: rules.limit === undefined ? '100' : asText(rules.limit),
  };
}

/** True while some condition's value is still empty: not worth asking the server to preview. */
export function hasEmptyValue(rule: RuleDraft): boolean {
  if (rule.kind === 'group') return rule.children.some(hasEmptyValue);
  const { value } = rule;
  if (Array.isArray(value)) return value.some((part) => part.trim() === '');
  return typeof value === 'string' && value.trim() === '';
}

/** The condition with another field: its operator and value start over when the kind of value changes. */
export function withField(condition: ConditionDraft, field: string): ConditionDraft {
  if (fieldKind(field) === fieldKind(condition.field)) return { ...condition, field };
  const op = OPERATORS[fieldKind(field)][0]?.id ?? 'is';
  return { ...condition, field, op, value: emptyValue(field, op) };
}

/** The condition with another operator: the value is kept when it is entered the same way. */
export function withOperator(condition: ConditionDraft, op: string): ConditionDraft {
  const same = operatorShape(condition.field, op) === operatorShape(condition.field, condition.op);
  return { ...condition, op, value: same ? condition.value : emptyValue(condition.field, op) };
}
