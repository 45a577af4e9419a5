import { downloadText } from '@/lib/download';
import { useAppStore } from '@/store/app-store';
import { markdownFileName, notebookToMarkdown } from '../lib/markdown-export';
import { buildNotebook, type NotebookCatalog } from '../lib/notebook';

/** Downloads every note (whatever the filter shows) as one Markdown file. */
export function MarkdownExportButton({
  catalog,
  topicUrl,
}: {
  catalog: NotebookCatalog;
  topicUrl: (slug: string) => string;
}) {
  const exportMarkdown = () => {
    performance.mark('export-markdown-start');
    const { notes, experiments } = useAppStore.getState();
    const now = new Date();
    const text = notebookToMarkdown(buildNotebook({ notes, experiments }, catalog), {
      exportedAt: now,
      topicUrl,
    });
    performance.measure('export-markdown', 'export-markdown-start');
    downloadText(markdownFileName(now), text, 'text/markdown');
  };
  return (
    <button type="button" className="button" onClick={exportMarkdown}>
      Download notes as Markdown
    </button>
  );
}
