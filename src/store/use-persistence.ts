import { useStore } from 'zustand';
import { persistence } from './app-store';
import type { PersistenceStatus } from './persistence/saved-storage';

/** Reads the storage's save status (saved, pending, failing) and any unreadable data. */
export const usePersistence = <T>(selector: (status: PersistenceStatus) => T): T =>
  useStore(persistence.status, selector);
