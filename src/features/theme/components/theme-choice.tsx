import { useAppStore } from '@/store/app-store';
import { type ThemeChoice as Choice, themeChoices } from '@/store/slices/preferences-slice';
import { selectThemeChoice } from '../use-theme';

const labels: Record<Choice, string> = {
  system: 'Match my system setting',
  light: 'Light',
  dark: 'Dark',
};

export function ThemeChoice() {
  const choice = useAppStore(selectThemeChoice);
  const setTheme = useAppStore((state) => state.setTheme);
  return (
    <fieldset className="choice-group">
      <legend>Theme</legend>
      {themeChoices.map((option) => (
        <label key={option} className="choice">
          <input
            type="radio"
            name="theme"
            value={option}
            checked={choice === option}
            onChange={() => setTheme(option)}
          />
          {labels[option]}
        </label>
      ))}
    </fieldset>
  );
}
