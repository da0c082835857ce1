import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { newCondition, newGroup, newRulesDraft } from './rule-draft';
import { fieldErrors, placeErrors } from './rule-errors';

const badInput = (field: string, message: string) => ({ message, extensions: { code: 'BAD_USER_INPUT', field } });

describe('the server’s validation errors in the rule editor', () => {
  const draft = newRulesDraft();
  draft.root.children = [newCondition(), newGroup('any', [newCondition(), newCondition()])];

  it('go beside the rule, group or input the server names', () => {
    const error = new CombinedError({
      graphQLErrors: [
        badInput('rules.all[0].value', 'Text must be 1 to 200 characters.'),
        badInput('rules.all[1].any[1].value', 'Not a number.'),
        badInput('rules.all[1].any', 'A group needs 1 to 20 rules.'),
        badInput('input.name', 'A name is needed.'),
        badInput('rules.limit', 'The limit is 1 to 1000.'),
        { message: 'Something else.' },
      ],
    });
    const placed = placeErrors(draft, fieldErrors(error), ['name', 'rules.limit', 'rules.sort']);
    expect(placed.at('rules.all[0]')).toEqual(['Text must be 1 to 200 characters.']);
    expect(placed.at('rules.all[1].any[1]')).toEqual(['Not a number.']);
    expect(placed.at('rules.all[1]')).toEqual(['A group needs 1 to 20 rules.']);
    expect(placed.at('rules.all[1].any[0]')).toEqual([]);
    expect(placed.at('name')).toEqual(['A name is needed.']);
    expect(placed.at('rules.limit')).toEqual(['The limit is 1 to 1000.']);
    expect(placed.elsewhere).toEqual(['Something else.']);
  });

  it('that name no rule shown (a rule removed since) are still said', () => {
    const placed = placeErrors(
      draft,
      fieldErrors(new CombinedError({ graphQLErrors: [badInput('rules.all[7].op', 'Unknown operator.')] })),
      [],
    );
    expect(placed.elsewhere).toEqual(['Unknown operator.']);
  });
});
