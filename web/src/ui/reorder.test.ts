// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { moveItem } from './reorder';

describe('moving an item in a list', () => {
  const letters = ['a', 'b', 'c', 'd'];

  it('moves forward and backward, the others keeping their order', () => {
    expect(moveItem(letters, 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveItem(letters, 3, 1)).toEqual(['a', 'd', 'b', 'c']);
    expect(moveItem(letters, 1, 1)).toEqual(letters);
  });

  it('clamps the destination to the ends and ignores an unknown source', () => {
    expect(moveItem(letters, 3, 9)).toEqual(letters);
    expect(moveItem(letters, 0, -1)).toEqual(letters);
    expect(moveItem(letters, 1, -5)).toEqual(['b', 'a', 'c', 'd']);
    expect(moveItem(letters, 4, 0)).toEqual(letters);
    expect(moveItem(letters, -1, 0)).toEqual(letters);
    expect(moveItem([], 0, 0)).toEqual([]);
  });

  it('never changes the list it was given', () => {
    const original = [...letters];
    moveItem(letters, 0, 3);
    expect(letters).toEqual(original);
  });
});
