import { startHere } from '@/content/profile-paths';
import type { ReaderProfile } from '@/content/profiles';
import { entryOf } from '@/store/format/record-map';
import type { ReadingStatus } from '@/store/slices/progress-slice';

type WithProfileAndProgress = {
  preferences: { profile?: ReaderProfile };
  progress: Record<string, { status: ReadingStatus } | undefined>;
};

/** Where the reader's chosen path starts now: its first topic not done or skipped. A string. */
export const selectStartHere = (state: WithProfileAndProgress): string | undefined =>
  state.preferences.profile
    ? startHere(state.preferences.profile, (slug) => entryOf(state.progress, slug)?.status)
    : undefined;
