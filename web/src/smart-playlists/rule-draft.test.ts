import { describe, expect, it } from 'vitest';
import {
  fromRulesJson,
  newCondition,
  newGroup,
  newRulesDraft,
  toRulesJson,
  withField,
  withOperator,
} from './rule-draft';

describe('smart playlist rules in the editor', () => {
  it('sends "played more than twice, not in the last week" as the rule JSON the API takes', () => {
    const draft = newRulesDraft();
    const plays = withOperator(withField(newCondition(), 'playCount'), 'greaterThan');
    const lastPlayed = withOperator(withField(newCondition(), 'lastPlayedAt'), 'notInTheLast');
    draft.root.children = [
      { ...plays, value: '2' },
      { ...lastPlayed, value: '7' },
    ];
    expect(toRulesJson(draft)).toEqual({
      all: [
        { field: 'playCount', op: 'greaterThan', value: 2 },
        { field: 'lastPlayedAt', op: 'notInTheLast', value: { days: 7 } },
      ],
      sort: { field: 'addedAt', direction: 'desc' },
      limit: 100,
    });
  });

  it('keeps nested groups, ranges and booleans, and reads them back the same', () => {
    const draft = newRulesDraft();
    const year = withOperator(withField(newCondition(), 'year'), 'between');
    draft.root.children = [
      newGroup('any', [
        { ...withField(newCondition(), 'genre'), value: 'Jazz' },
        { ...year, value: ['1990', '1999'] },
      ]),
      withField(newCondition(), 'starred'),
    ];
    draft.sortField = 'random';
    draft.limit = '25';
    const json = toRulesJson(draft);
    expect(json).toEqual({
      all: [
        {
          any: [
            { field: 'genre', op: 'contains', value: 'Jazz' },
            { field: 'year', op: 'between', value: [1990, 1999] },
          ],
        },
        { field: 'starred', op: 'is', value: true },
      ],
      sort: { field: 'random', direction: 'desc' },
      limit: 25,
    });
    expect(toRulesJson(fromRulesJson(json))).toEqual(json);
  });

  it('sends what is not a number as typed, so the server can say where it is wrong', () => {
    const draft = newRulesDraft();
    draft.root.children = [{ ...withField(newCondition(), 'playCount'), value: '' }];
    expect(toRulesJson(draft).all).toEqual([{ field: 'playCount', op: 'is', value: '' }]);
  });

  it('starts the value over when a field or operator takes another kind of value', () => {
    const text = { ...newCondition(), value: 'Love' };
    expect(withField(text, 'artist').value).toBe('Love');
    expect(withField(text, 'year')).toMatchObject({ op: 'is', value: '' });
    const number = { ...withField(newCondition(), 'year'), value: '1999' };
    expect(withOperator(number, 'greaterThan').value).toBe('1999');
    expect(withOperator(number, 'between').value).toEqual(['', '']);
  });
});
