import { describe, expect, it } from 'vitest';
import { profilePaths, profileWhy, startHere, type TopicStatus } from './profile-paths';
import { READER_PROFILE_IDS, type ReaderProfile, readerProfiles } from './profiles';
import { journeyOrder, type TopicSlug } from './stages';

const statuses =
  (known: Partial<Record<TopicSlug, TopicStatus>>) =>
  (slug: TopicSlug): TopicStatus | undefined =>
    known[slug];

const pathOf = (id: ReaderProfile) => profilePaths[id];

describe('reader profiles', () => {
  it('lists the four profiles in the order of the id tuple the store validates against', () => {
    expect(readerProfiles.map((entry) => entry.id)).toEqual([...READER_PROFILE_IDS]);
  });

  it('gives each profile a path through all twelve topics, each exactly once', () => {
    for (const id of READER_PROFILE_IDS) {
      expect([...pathOf(id)].sort(), id).toEqual([...journeyOrder].sort());
    }
  });

  it('gives each profile a label and a one-line reason', () => {
    for (const entry of readerProfiles) {
      expect(entry.label.length).toBeGreaterThan(0);
      expect(profileWhy[entry.id]).toMatch(/^[A-Z].{20,100}\.$/);
      expect(profileWhy[entry.id]).not.toContain('\n');
    }
  });

  it('follows the readers the design describes', () => {
    // On the fence: the decision, then the fears.
    expect(pathOf('weighing-the-move').slice(0, 4)).toEqual([
      'is-leadership-for-me',
      'fear-losing-technical-edge',
      'fear-people-challenges',
      'fear-balancing-roles',
    ]);
    // First-time manager: straight to the six practice areas.
    const practices = journeyOrder.slice(4, 10);
    expect([...pathOf('new-lead').slice(0, 6)].sort()).toEqual([...practices].sort());
    // Without a title: influence first, then the practice areas.
    expect(pathOf('without-title')[0]).toBe('influence-without-title');
    expect([...pathOf('without-title').slice(1, 7)].sort()).toEqual([...practices].sort());
  });
});

describe('startHere', () => {
  it('starts a new reader at the first topic on their path', () => {
    expect(startHere('weighing-the-move', statuses({}))).toBe('is-leadership-for-me');
    expect(startHere('without-title', statuses({}))).toBe('influence-without-title');
  });

  it('passes over done and skipped topics, but not ones in progress', () => {
    expect(
      startHere(
        'weighing-the-move',
        statuses({
          'is-leadership-for-me': 'done',
          'fear-losing-technical-edge': 'skipped',
          'fear-people-challenges': 'in-progress',
        }),
      ),
    ).toBe('fear-people-challenges');
    expect(
      startHere('weighing-the-move', statuses({ 'is-leadership-for-me': 'not-started' })),
    ).toBe('is-leadership-for-me');
  });

  it('has nothing to suggest once every topic is done or skipped', () => {
    const all = Object.fromEntries(
      journeyOrder.map((slug, index) => [slug, index % 2 ? 'done' : 'skipped']),
    );
    for (const id of READER_PROFILE_IDS) {
      expect(startHere(id, statuses(all))).toBeUndefined();
    }
  });
});
