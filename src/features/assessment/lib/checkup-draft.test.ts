import { describe, expect, it } from 'vitest';
import { CHECKUP_DRAFT_KEY, parseDraft, readDraft, writeDraft } from './checkup-draft';

describe('the check-up draft', () => {
  it('reads back what was written', () => {
    writeDraft({ 'design-reading': { choice: 3, evidence: 'Reviewed the cache design' } });
    expect(readDraft()).toEqual({
      'design-reading': { choice: 3, evidence: 'Reviewed the cache design' },
    });
    writeDraft({});
    expect(window.sessionStorage.getItem(CHECKUP_DRAFT_KEY)).toBeNull();
  });

  it('keeps what is well formed and leaves the rest out', () => {
    expect(parseDraft('not json')).toEqual({});
    expect(parseDraft('[1,2]')).toEqual({});
    expect(
      parseDraft(
        JSON.stringify({
          a: { choice: 'n/a', evidence: 'x' },
          b: { choice: 9, evidence: 'out of range' },
          c: { evidence: 'typed, not chosen yet' },
          d: 'nonsense',
        }),
      ),
    ).toEqual({ a: { choice: 'n/a', evidence: 'x' }, c: { evidence: 'typed, not chosen yet' } });
  });
});
