import type { Topic } from '@/content/topic';
import type { PageHead } from './page-head';

/**
 * Each page's head, by route id (src/app/routes.tsx), for the prerender only: the descriptions
 * never ship to the browser. The title must be the one the page sets with useDocumentTitle;
 * e2e/prerender.test.ts checks that the title after hydration is the prerendered one. A page
 * without an entry gets the app's own title and description (the home page).
 */
export const pageHeads: Readonly<Record<string, (data: unknown) => PageHead>> = {
  topic: (data) => {
    const { topic } = data as { topic: Topic };
    // The summary is what a shared link previews with.
    return { title: topic.title, description: topic.summary, type: 'article' };
  },
  about: () => ({
    title: 'About',
    description:
      'Where Debugging Leadership comes from, who it is for, and how it keeps everything you write in your own browser.',
  }),
  notes: () => ({
    title: 'Notebook',
    description:
      'Your answers to the reflections, your notes and your experiment logs in one place, kept in this browser, ready to print or export.',
  }),
  bookmarks: () => ({
    title: 'Bookmarks',
    description: 'The topics and sections you bookmarked, to come back to.',
  }),
  assessment: () => ({
    title: 'Check-up',
    description:
      'A short check-up on where you stand across the areas of technical leadership, the energy map of what you tried, and a brief for your next 1:1.',
  }),
  search: () => ({
    title: 'Search',
    description:
      'Search every topic, real-world example, reflection and experiment, and everything you have written in this browser.',
  }),
  settings: () => ({
    title: 'Settings',
    description:
      'Theme and reading preferences, keyboard shortcuts, and your data: back it up, restore it, export your notes as Markdown, or reset.',
  }),
  'not-found': () => ({
    title: 'Page not found',
    description: 'There is nothing at this address.',
  }),
};
