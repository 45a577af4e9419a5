import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { NeedsJavaScript } from '@/components/ui/needs-javascript';
import { useAppStore } from '@/store/app-store';
import { newNoteId } from '@/store/slices/notes-slice';
import { selectFreeNoteIds } from '../selectors';
import { ConflictCopies } from './conflict-copies';
import { NoteEditor } from './note-editor';

/** The reader's own notes on a topic, beyond the reflection prompts. */
export function TopicNotes({ topic }: { topic: string }) {
  const savedIds = useAppStore(useShallow(selectFreeNoteIds(topic)));
  // A new note becomes a record on its first keystroke, so empty notes never pile up.
  const [draftId, setDraftId] = useState<string | null>(null);
  const ids = draftId && !savedIds.includes(draftId) ? [...savedIds, draftId] : savedIds;

  return (
    <section aria-labelledby="your-notes" className="topic-part">
      <h2 id="your-notes" tabIndex={-1}>
        Your notes
      </h2>
      <p className="muted">
        Anything else this topic brings up. Saved as you type, in this browser only.
      </p>
      <NeedsJavaScript>Notes need JavaScript, which is off in this browser.</NeedsJavaScript>
      <ol className="free-notes">
        {ids.map((id, index) => (
          <li key={id}>
            <NoteEditor
              noteId={id}
              topic={topic}
              inputId={`note-${id}`}
              label={`Note ${index + 1}`}
              deleteLabel={`Delete note ${index + 1}`}
              focusOnMount={id === draftId}
            />
            <ConflictCopies noteId={id} about={`note ${index + 1}`} />
          </li>
        ))}
      </ol>
      <button type="button" className="button js-only" onClick={() => setDraftId(newNoteId())}>
        Add a note
      </button>
    </section>
  );
}
