import type { CombinedError } from 'urql';
import type { RuleDraft, RulesDraft } from './rule-draft';

export interface FieldError {
  /** Where the server says the problem is: "rules.all[1].value", "name", "rules.limit". */
  field: string | null;
  message: string;
}

/** The BAD_USER_INPUT (and other) errors of an answer, with the input path each names. */
export function fieldErrors(error: CombinedError | undefined): FieldError[] {
  if (!error) return [];
  if (!error.graphQLErrors.length) return [{ field: null, message: 'The server did not answer.' }];
  return error.graphQLErrors.map((graphQLError) => {
    const field = graphQLError.extensions?.field;
    // Mutations name the input object too ("input.rules…"); the editor's paths start at "rules".
    return { field: typeof field === 'string' ? field.replace(/^input\./, '') : null, message: graphQLError.message };
  });
}

/** The path of each rule in the tree, as the server names it. */
export function rulePath(parent: string, match: 'all' | 'any', index: number): string {
  return `${parent}.${match}[${index}]`;
}

export interface PlacedErrors {
  /** Messages by the path of the rule or input they belong to. */
  at(path: string): string[];
  /** Messages that belong to no rule or input shown (shown above the form). */
  elsewhere: string[];
}

/**
 * Puts each error beside what it names: a condition takes errors at its path and below it (".value",
 * ".op"), a group those at its own path or its list ("rules.all[1].any"), the form's inputs theirs.
 */
export function placeErrors(draft: RulesDraft, errors: FieldError[], inputs: string[]): PlacedErrors {
  const placed = new Map<string, string[]>();
  const owners: Array<(field: string) => string | null> = [
    (field) => inputs.find((input) => field === input || field.startsWith(`${input}.`)) ?? null,
  ];
  const walk = (rule: RuleDraft, path: string) => {
    if (rule.kind === 'condition') {
      owners.push((field) => (field === path || field.startsWith(`${path}.`) ? path : null));
      return;
    }
    const list = `${path}.${rule.match}`;
    owners.push((field) => (field === path || field === list ? path : null));
    rule.children.forEach((child, index) => {
      walk(child, rulePath(path, rule.match, index));
    });
  };
  walk(draft.root, 'rules');

  const elsewhere: string[] = [];
  for (const error of errors) {
    const field = error.field;
    // The most specific owner wins: a condition inside a group before the group.
    const owner = field
      ? owners
          .map((own) => own(field))
          .filter((path): path is string => path !== null)
          .sort((a, b) => b.length - a.length)[0]
      : undefined;
    if (owner) placed.set(owner, [...(placed.get(owner) ?? []), error.message]);
    else elsewhere.push(error.message);
  }
  return { at: (path) => placed.get(path) ?? [], elsewhere };
}
