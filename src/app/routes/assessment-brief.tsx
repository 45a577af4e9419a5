import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { CheckupItem } from '@/content/checkup-schema';
import { type ReaderProfile, readerProfiles } from '@/content/profiles';
import type { TopicOutline } from '@/content/topic';
import {
  BriefBuilder,
  type BriefDraftFields,
  type BriefNoteChoice,
} from '@/features/assessment/components/brief-builder';
import { type BriefInput, briefFileName, briefMarkdown } from '@/features/assessment/lib/brief';
import { changeBetween, changeWords } from '@/features/assessment/lib/change';
import { buildEnergyMap } from '@/features/assessment/lib/energy-map';
import { scoreAreas } from '@/features/assessment/lib/score';
import { useAppStore } from '@/store/app-store';
import type { AssessmentResult } from '@/store/format/schema';
import { briefId, latestBrief, withBriefSaved } from '@/store/slices/checkup-records';

/** Today as the reader's calendar has it, YYYY-MM-DD. */
const today = () => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

/** The reader's notes with words in them, in journey order, each under its prompt if it has one. */
const noteChoices = (
  notes: Record<
    string,
    { id: string; topic: string; promptId?: string; body: string; deletedAt?: string }
  >,
  outlines: readonly TopicOutline[],
  titleOf: (slug: string) => string,
): BriefNoteChoice[] => {
  const live = Object.values(notes).filter((note) => !note.deletedAt && note.body.trim() !== '');
  const rank = (note: (typeof live)[number]) => {
    const topic = outlines.findIndex((outline) => outline.slug === note.topic);
    const prompt = outlines[topic]?.reflections.findIndex((r) => r.id === note.promptId) ?? -1;
    return [topic === -1 ? outlines.length : topic, prompt === -1 ? 99 : prompt] as const;
  };
  return live
    .map((note) => ({ note, order: rank(note) }))
    .sort(
      (a, b) =>
        a.order[0] - b.order[0] || a.order[1] - b.order[1] || (a.note.id < b.note.id ? -1 : 1),
    )
    .map(({ note }) => ({
      id: note.id,
      topicTitle: titleOf(note.topic),
      prompt: outlines
        .find((outline) => outline.slug === note.topic)
        ?.reflections.find((reflection) => reflection.id === note.promptId)?.prompt,
      body: note.body,
    }));
};

/** The 1:1 brief on /assessment (#brief): the reader's evidence, gathered into one file. */
export function BriefSection({
  outlines,
  results,
  questions,
  items,
  titleOf,
  profile,
}: {
  outlines: readonly TopicOutline[];
  results: readonly AssessmentResult[];
  questions: readonly string[];
  items: readonly CheckupItem[];
  titleOf: (slug: string) => string;
  profile?: ReaderProfile;
}) {
  const { notes, experiments, briefs } = useAppStore(
    useShallow((state) => ({
      notes: state.notes,
      experiments: state.experiments,
      briefs: state.briefs,
    })),
  );
  const updateRecords = useAppStore((state) => state.updateRecords);
  const day = today();
  const choices = useMemo(() => noteChoices(notes, outlines, titleOf), [notes, outlines, titleOf]);

  // Today's brief as kept; before the first edit today, the last one's asks (its date, already
  // passed, is not carried over). Read from the store, so an edit in another tab shows here.
  const draft = useMemo((): BriefDraftFields => {
    const last = latestBrief({ briefs });
    if (!last) return { ask: '', feedback: '', nextCheckIn: '' };
    const today = last.id === briefId(day);
    return { ask: last.ask, feedback: last.feedback, nextCheckIn: today ? last.nextCheckIn : '' };
  }, [briefs, day]);

  const makeMarkdown = (draft: BriefDraftFields, picked: string[]) => {
    const latest = results.at(-1);
    const previous = results.at(-2);
    const now = latest ? scoreAreas(items, latest.answers) : [];
    const changes = previous ? changeBetween(scoreAreas(items, previous.answers), now) : [];
    const tried = buildEnergyMap(Object.values(experiments), outlines).flatMap((group) =>
      group.entries.map((entry) => ({
        topicTitle: titleOf(group.topic),
        title: entry.title,
        feeling: entry.feeling,
        why: entry.why,
      })),
    );
    const input: BriefInput = {
      date: day,
      profileLabel: readerProfiles.find((entry) => entry.id === profile)?.label,
      areas: now.map((row) => {
        const change = changes.find((c) => c.area === row.area);
        return {
          label: titleOf(row.area),
          score: row.score,
          change: change ? changeWords(change) : undefined,
        };
      }),
      experiments: tried,
      notes: choices
        .filter((choice) => picked.includes(choice.id))
        .map(({ topicTitle, prompt, body }) => ({ topicTitle, prompt, body })),
      ...draft,
      questions: [...questions],
    };
    return briefMarkdown(input);
  };

  return (
    <div id="brief" tabIndex={-1} className="assessment__part">
      <BriefBuilder
        notes={choices}
        draft={draft}
        onDraftChange={(fields) =>
          updateRecords((state, now) => withBriefSaved(state, fields, day, now))
        }
        makeMarkdown={makeMarkdown}
        fileName={briefFileName(day)}
      />
    </div>
  );
}
