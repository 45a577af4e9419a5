import type { TopicSection } from '@/content/topic';

export type TocEntry = Pick<TopicSection, 'id' | 'title'>;

export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  return (
    <nav aria-labelledby="toc-title" className="toc no-print">
      <h2 id="toc-title" className="toc__title">
        On this page
      </h2>
      <ol>
        {entries.map((entry) => (
          <li key={entry.id}>
            <a href={`#${entry.id}`}>{entry.title}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
