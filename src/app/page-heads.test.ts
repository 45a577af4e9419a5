import { describe, expect, it } from 'vitest';
import { pageHeads } from './page-heads';
import { routes } from './routes';

describe('pageHeads', () => {
  it('gives every page in its own chunk a title and a description of its own', () => {
    const ids = (routes[0]?.children?.[0]?.children ?? [])
      .filter((route) => route.lazy)
      .map((route) => route.id ?? '');
    const descriptions = new Set<string>();
    for (const id of ids) {
      const head = pageHeads[id]?.({ topic: { title: 'T', summary: 'A topic summary.' } });
      expect(head?.title, id).toBeTruthy();
      expect(head?.description.length, id).toBeGreaterThan(10);
      descriptions.add(head?.description ?? '');
    }
    expect(descriptions.size).toBe(ids.length);
  });
});
