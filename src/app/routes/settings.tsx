import { useId, useState } from 'react';
import { ReaderData } from '@/components/ui/reader-data';
import { listTopics } from '@/content/catalog';
import { ResetButton } from '@/features/data/components/reset-dialog';
import { RestoreBackup } from '@/features/data/components/restore-backup';
import { StorageInfo } from '@/features/data/components/storage-info';
import { downloadBackup } from '@/features/data/download-backup';
import { ShortcutList } from '@/features/search/components/shortcut-list';
import { SingleKeyShortcuts } from '@/features/search/components/single-key-shortcuts';
import { ReadingPreferences } from '@/features/theme/components/reading-preferences';
import { ThemeChoice } from '@/features/theme/components/theme-choice';
import { useDocumentTitle } from '@/lib/use-document-title';

export function SettingsPage() {
  useDocumentTitle('Settings');
  return (
    <article className="page page--narrow settings">
      <h1>Settings</h1>
      <ReaderData needsJavaScript="Settings need JavaScript, which is off in this browser: they are kept on this device.">
        <SettingsPanels />
      </ReaderData>
    </article>
  );
}

/** Every panel shows or changes what this browser keeps: they render once the app runs. */
function SettingsPanels() {
  const topics = listTopics();
  const topicSelectId = useId();
  const [topicToReset, setTopicToReset] = useState(topics[0]?.slug ?? '');
  const chosen = topics.find((topic) => topic.slug === topicToReset);

  return (
    <>
      <section aria-labelledby="settings-appearance" className="panel">
        <h2 id="settings-appearance">Appearance</h2>
        <p className="muted">
          Your choice is saved in this browser. “Match my system setting” follows your device’s
          light or dark mode as it changes.
        </p>
        <ThemeChoice />
      </section>

      <section aria-labelledby="settings-reading" className="panel">
        <h2 id="settings-reading">Reading</h2>
        <p className="muted">How topics look as you read them, saved in this browser.</p>
        <ReadingPreferences />
      </section>

      <section aria-labelledby="settings-keyboard" className="panel">
        <h2 id="settings-keyboard">Keyboard shortcuts</h2>
        <ShortcutList />
        <SingleKeyShortcuts />
      </section>

      <section aria-labelledby="settings-backup" className="panel">
        <h2 id="settings-backup">Backup and restore</h2>
        <p>
          A backup is one JSON file with everything you have written and marked here. Keep it
          somewhere safe, or use it to move to another browser or device.
        </p>
        <p>
          <button type="button" className="button button--primary" onClick={downloadBackup}>
            Download a backup
          </button>
        </p>
        <RestoreBackup />
      </section>

      <section aria-labelledby="settings-storage" className="panel">
        <h2 id="settings-storage">Storage</h2>
        <StorageInfo />
      </section>

      <section aria-labelledby="settings-reset" className="panel">
        <h2 id="settings-reset">Reset</h2>
        <p>Start a topic again, or start over completely. You will be offered a backup first.</p>
        <div className="reset-topic">
          <label htmlFor={topicSelectId}>Topic to reset</label>
          <select
            id={topicSelectId}
            className="text-input"
            value={topicToReset}
            onChange={(event) => setTopicToReset(event.target.value)}
          >
            {topics.map((topic) => (
              <option key={topic.slug} value={topic.slug}>
                {topic.title}
              </option>
            ))}
          </select>
          {chosen && (
            <ResetButton scope={{ kind: 'topic', slug: chosen.slug, title: chosen.title }}>
              Reset this topic
            </ResetButton>
          )}
        </div>
        <ResetButton scope={{ kind: 'everything' }}>Reset everything</ResetButton>
      </section>
    </>
  );
}

export { SettingsPage as Component };
