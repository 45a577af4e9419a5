import { useAppStore } from '@/store/app-store';
import { toggledTheme } from '../lib/resolve-theme';
import { useShownTheme } from '../use-theme';

export function ThemeToggle() {
  const shown = useShownTheme();
  const setTheme = useAppStore((state) => state.setTheme);
  return (
    <button
      type="button"
      className="icon-button js-only"
      aria-pressed={shown === 'dark'}
      onClick={() => setTheme(toggledTheme(shown))}
    >
      <span aria-hidden="true" className="icon-button__icon">
        {shown === 'dark' ? '☾' : '☀'}
      </span>
      <span className="icon-button__label">Dark theme</span>
    </button>
  );
}
