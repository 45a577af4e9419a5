import { documentTitle } from '@/lib/use-document-title';

/**
 * What a page says about itself in its HTML head: the prerender writes it into each page's
 * <title>, description and Open Graph tags, so a shared link previews with the page's own words.
 * Each page's is in page-heads.ts; the topic page's comes from its loader data.
 */
export type PageHead = {
  /** The page's own title; the document title adds the app's name (documentTitle). */
  title?: string;
  description: string;
  /** Open Graph type: a topic is an article, every other page the site. */
  type?: 'article' | 'website';
};

export const DEFAULT_DESCRIPTION =
  'A self-paced guide for engineers deciding whether to move from individual contributor to technical leader or manager. Read, reflect, take notes: everything stays in your browser.';

/** The head tags of one page, as HTML. Every value is escaped: a summary may hold quotes or &. */
export function headTags(head: PageHead, canonicalPath: string | null): string {
  const title = escapeHtml(documentTitle(head.title));
  const description = escapeHtml(head.description);
  return [
    `<title>${title}</title>`,
    `<meta name="description" content="${description}" />`,
    ...(canonicalPath === null
      ? []
      : [`<link rel="canonical" href="${escapeHtml(canonicalPath)}" />`]),
    `<meta property="og:type" content="${head.type ?? 'website'}" />`,
    `<meta property="og:site_name" content="Debugging Leadership" />`,
    `<meta property="og:title" content="${escapeHtml(head.title ?? documentTitle())}" />`,
    `<meta property="og:description" content="${description}" />`,
    // Open Graph wants an absolute URL: only a canonical link with an origin gives one.
    ...(canonicalPath && /^https?:/.test(canonicalPath)
      ? [`<meta property="og:url" content="${escapeHtml(canonicalPath)}" />`]
      : []),
  ].join('\n    ');
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
