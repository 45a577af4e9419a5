import type { Checkup } from './checkup-schema';

// The areas live in their own module because the build imports them too, and this one holds an
// import of a virtual module that only the app's bundler can resolve.
export { AREAS, type Area, isArea } from './areas';

/**
 * The check-up's items and 1:1 questions, validated at build time. A dynamic import, so the
 * items travel in their own chunk with the /assessment route and never in the first view.
 */
export const loadCheckup = async (): Promise<Checkup> => {
  const { items, questions } = await import('virtual:checkup');
  return { items, questions };
};
