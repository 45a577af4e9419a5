import { downloadText } from '@/lib/download';
import { useAppStore } from '@/store/app-store';
import { pickPersisted } from '@/store/format/persisted-state';
import { backupFileName, createBackup } from './lib/backup';

/** Downloads the reader's whole state as a versioned JSON backup. */
export function downloadBackup() {
  performance.mark('export-backup-start');
  const now = new Date();
  const text = JSON.stringify(createBackup(pickPersisted(useAppStore.getState()), now), null, 2);
  performance.measure('export-backup', 'export-backup-start');
  downloadText(backupFileName(now), text);
}
