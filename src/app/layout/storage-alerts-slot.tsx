import { lazy, Suspense } from 'react';
import { usePersistence } from '@/store/use-persistence';

// The alerts (and the download code behind them) load only when something is wrong, so readers
// whose storage works never download them.
const StorageAlerts = lazy(() => import('./storage-alerts'));

export function StorageAlertsSlot() {
  const troubled = usePersistence(
    (status) => status.save === 'failing' || status.unreadable !== null,
  );
  if (!troubled) return null;
  return (
    <Suspense fallback={null}>
      <StorageAlerts />
    </Suspense>
  );
}
