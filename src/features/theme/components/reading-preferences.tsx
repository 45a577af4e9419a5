import { useAppStore } from '@/store/app-store';
import type {
  ReadingPreferences as Chosen,
  ReadingPreference,
} from '@/store/slices/preferences-slice';

// Here rather than in the store: only Settings lists them, so they load with its page.
const readingChoices: { [K in ReadingPreference]: readonly Chosen[K][] } = {
  textSize: ['small', 'medium', 'large', 'x-large'],
  lineLength: ['narrow', 'medium', 'wide'],
  font: ['serif', 'sans'],
};

/** What the app shows when the reader has chosen nothing. */
const defaults: Chosen = { textSize: 'medium', lineLength: 'medium', font: 'serif' };

const legends: Record<ReadingPreference, string> = {
  textSize: 'Text size',
  lineLength: 'Line length',
  font: 'Font',
};

const labels: { [K in ReadingPreference]: Record<Chosen[K], string> } = {
  textSize: { small: 'Small', medium: 'Medium', large: 'Large', 'x-large': 'Extra large' },
  lineLength: { narrow: 'Narrow', medium: 'Medium', wide: 'Wide' },
  font: { serif: 'Serif', sans: 'Sans serif' },
};

function PreferenceChoice<K extends ReadingPreference>({ name }: { name: K }) {
  const chosen = useAppStore((state) => state.preferences[name] ?? defaults[name]) as Chosen[K];
  const setReadingPreference = useAppStore((state) => state.setReadingPreference);
  return (
    <fieldset className="choice-group choice-group--row">
      <legend>{legends[name]}</legend>
      {readingChoices[name].map((option) => (
        <label key={option} className="choice">
          <input
            type="radio"
            name={`reading-${name}`}
            value={option}
            checked={chosen === option}
            onChange={() => setReadingPreference(name, option)}
          />
          {labels[name][option]}
        </label>
      ))}
    </fieldset>
  );
}

/** Text size, line length and font of what the reader reads: topics and the About page. */
export function ReadingPreferences() {
  return (
    <div className="reading-preferences">
      <PreferenceChoice name="textSize" />
      <PreferenceChoice name="lineLength" />
      <PreferenceChoice name="font" />
    </div>
  );
}
