import type { ReactNode } from 'react';
import { readerProfiles } from '@/content/profiles';
import { useAppStore } from '@/store/app-store';

/**
 * "Where are you now?": the reader says which of four readers they are, and the journey map
 * marks where their suggested path starts. It only suggests an order: every topic stays open.
 * `startHere` is the line that names that start, loaded once a reader has chosen.
 */
export function ProfileChoice({ startHere }: { startHere: ReactNode }) {
  const profile = useAppStore((state) => state.preferences.profile);
  const setProfile = useAppStore((state) => state.setProfile);
  return (
    <section aria-labelledby="where-title" className="readers js-only">
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
          </label>
        ))}
      </fieldset>
      {/* Its space is kept from first paint when a profile was chosen (index.css, .readers__start). */}
      <p aria-live="polite" className="readers__start">
        {profile && startHere}
      </p>
    </section>
  );
}
