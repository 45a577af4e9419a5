/** The only place the app's URLs are written. Paths are relative to the router's basename. */
export const paths = {
  home: { path: '/', href: () => '/' },
  journey: { href: () => '/#journey' },
  topic: {
    path: '/topics/:slug',
    href: (slug: string, sectionId?: string) =>
      `/topics/${slug}${sectionId ? `#${sectionId}` : ''}`,
  },
  notes: { path: '/notes', href: () => '/notes' },
  bookmarks: { path: '/bookmarks', href: () => '/bookmarks' },
  assessment: {
    path: '/assessment',
    href: (part?: 'energy-map' | 'brief') => `/assessment${part ? `#${part}` : ''}`,
  },
  search: {
    path: '/search',
    href: (query?: string) => (query ? `/search?q=${encodeURIComponent(query)}` : '/search'),
  },
  settings: { path: '/settings', href: () => '/settings' },
  about: { path: '/about', href: () => '/about' },
} as const;
