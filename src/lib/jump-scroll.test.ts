import { describe, expect, it } from 'vitest';
import { jumpBehavior } from './jump-scroll';

describe('jumpBehavior', () => {
  it('scrolls smoothly over a short jump, either way', () => {
    expect(jumpBehavior(500, 800, false)).toBe('smooth');
    expect(jumpBehavior(-1600, 800, false)).toBe('smooth');
  });

  it('jumps at once over a long distance', () => {
    expect(jumpBehavior(1601, 800, false)).toBe('instant');
    expect(jumpBehavior(-8000, 800, false)).toBe('instant');
  });

  it('never animates under prefers-reduced-motion', () => {
    expect(jumpBehavior(100, 800, true)).toBe('instant');
  });
});
