import { describe, expect, it } from 'vitest';
import { clean, diagnose, run } from './helpers';

describe('the clean report', () => {
  it('gets no diagnostic at all', () => {
    expect(diagnose(clean)).toEqual([]);
  });

  it('is parsed as a complete report for 2024', () => {
    const { model } = run(clean);
    expect(model.year?.value).toBe(2024);
    expect(model.parts.map((p) => p.id)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(model.parts.map((p) => p.table?.id ?? null)).toEqual([null, 'two', 'three', 'four', null, null]);
  });
});
