// Runs before first paint so a saved explicit theme never flashes the system one.
// It reads the store's saved JSON (key: src/store/app-store.ts STORAGE_KEY) and must never throw.
(() => {
  try {
    const saved = JSON.parse(localStorage.getItem('debugging-leadership') || 'null');
    const theme = saved?.state?.preferences?.theme;
    if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
  } catch {
    // Unreadable or unavailable storage: the stylesheet follows the system theme.
  }
})();
