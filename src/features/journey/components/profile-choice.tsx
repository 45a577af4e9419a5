import { Link } from 'react-router';
import { readerProfiles } from '@/content/profiles';
import { selectStartHere } from '@/features/journey/selectors';
import { useAppStore } from '@/store/app-store';

/**
 * "Where are you now?": the reader says which of four readers they are, and the journey map
 * marks where their suggested path starts. It only suggests an order: every topic stays open.
 */
export function ProfileChoice({
  hrefFor,
  titleOf,
}: {
  hrefFor: (slug: string) => string;
  titleOf: (slug: string) => string | undefined;
}) {
  const profile = useAppStore((state) => state.preferences.profile);
  const setProfile = useAppStore((state) => state.setProfile);
  const start = useAppStore(selectStartHere);
  const chosen = readerProfiles.find((entry) => entry.id === profile);
  return (
    <section aria-labelledby="where-title" className="readers">
      <h2 id="where-title">Where are you now?</h2>
      <fieldset aria-labelledby="where-title" className="reader-cards">
        {readerProfiles.map((entry) => (
          <label key={entry.id} className="card">
            <span className="choice">
              <input
                type="radio"
                name="reader-profile"
                checked={entry.id === profile}
                onChange={() => setProfile(entry.id)}
              />
              <strong>{entry.label}</strong>
            </span>
            <span className="muted">{entry.why}</span>
          </label>
        ))}
      </fieldset>
      <p aria-live="polite">
        {chosen &&
          (start ? (
            <>
              Start here: <Link to={hrefFor(start)}>{titleOf(start)}</Link>. Every topic stays open;
              this is only a suggested order.
            </>
          ) : (
            'You have been through every topic on this path. Any of them is still there to reread.'
          ))}
      </p>
    </section>
  );
}

/** The journey map's mark on the topic where the reader's suggested path starts. */
export function StartHereMark({ topic }: { topic: string }) {
  const isStart = useAppStore((state) => selectStartHere(state) === topic);
  const why = useAppStore(
    (state) => readerProfiles.find((entry) => entry.id === state.preferences.profile)?.why,
  );
  if (!isStart) return null;
  return (
    <span className="start-here">
      <strong>Start here</strong> {why}
    </span>
  );
}
