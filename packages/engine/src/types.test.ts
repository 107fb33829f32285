import { describe, expect, it } from 'vitest';
import { AREA_LEVELS } from './types';

describe('area levels', () => {
  it('nest from county down to grid', () => {
    expect(AREA_LEVELS).toEqual(['county', 'township', 'community', 'grid']);
  });
});
