import { describe, expect, it } from 'vitest';
import { FILE_ADDRESS } from './pwa-options';

// Workbox's NavigationRoute tests its denylist against pathname + search.
describe('FILE_ADDRESS', () => {
  it('matches files, with or without a query', () => {
    expect(FILE_ADDRESS.test('/robots.txt')).toBe(true);
    expect(FILE_ADDRESS.test('/guides/leadership/report.pdf?v=2')).toBe(true);
  });

  it('leaves pages to the not-found fallback, whatever their query holds', () => {
    expect(FILE_ADDRESS.test('/topics/strategy-and-execution/?from=a.b')).toBe(false);
    expect(FILE_ADDRESS.test('/Notes?x=report.pdf')).toBe(false);
    expect(FILE_ADDRESS.test('/no-such-page')).toBe(false);
  });
});
