import { ThemeChoice } from '@/features/theme/components/theme-choice';
import { useDocumentTitle } from '@/lib/use-document-title';

export function SettingsPage() {
  useDocumentTitle('Settings');
  return (
    <article className="page page--narrow">
      <h1>Settings</h1>
      <section aria-labelledby="settings-appearance" className="panel">
        <h2 id="settings-appearance">Appearance</h2>
        <p className="muted">
          Your choice is saved in this browser. “Match my system setting” follows your device’s
          light or dark mode as it changes.
        </p>
        <ThemeChoice />
      </section>
    </article>
  );
}

export { SettingsPage as Component };
