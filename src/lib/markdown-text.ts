/**
 * Text as CommonMark, with the rules every Markdown file the app writes shares (the notebook
 * export, the 1:1 brief): the app's own text reads back as the same words, and the reader's text
 * keeps their lists, emphasis and links but can never open a heading, quote, fence or HTML.
 */

/** Characters with inline meaning in CommonMark (and `&`, which starts an entity). */
const INLINE_SPECIAL = /[\\`*_[\]<>#|~&]/g;
/** Line starts that would open a list, a rule or a setext underline. */
const BULLET_START = /^[-+=]/;
const ORDERED_START = /^(\d+)([.)])/;

/**
 * The app's own text (titles, prompts) as CommonMark that renders as the same text: inline
 * markup is escaped, nothing can open a heading, list, quote, code block or HTML, and line
 * breaks are kept as hard breaks.
 */
export const escapeMarkdownText = (text: string): string =>
  text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) =>
          line
            .trim()
            .replace(INLINE_SPECIAL, '\\$&')
            .replace(BULLET_START, '\\$&')
            .replace(ORDERED_START, '$1\\$2'),
        )
        .filter((line) => line !== '')
        .join('\\\n'),
    )
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');

/** A list item's marker: the reader's own lists are kept. */
const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/;
/** Line starts that would turn the reader's line into a heading, quote, rule, fence or definition. */
const THEMATIC_BREAK = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT_UNDERLINE = /^(?:=+|-+)[ \t]*$/;
const FENCE = /^(?:`{3,}|~{3,})/;
const LINK_DEFINITION = /^\[[^\]]*\]:/;
const HEADING_OR_QUOTE = /^[#>]/;
/** `<https://…>`: an autolink the reader wrote, kept; any other `<` that could open HTML is not. */
const AUTOLINK = /^<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>/;
const OPENS_HTML = /[A-Za-z/!?]/;

/** Escapes what would open a block at the start of a line, inside list items too ("- # x"). */
const escapeLineStart = (line: string): string => {
  if (
    THEMATIC_BREAK.test(line) ||
    SETEXT_UNDERLINE.test(line) ||
    FENCE.test(line) ||
    HEADING_OR_QUOTE.test(line) ||
    LINK_DEFINITION.test(line)
  )
    return `\\${line}`;
  const marker = LIST_MARKER.exec(line);
  if (!marker) return line;
  // One space after the marker: more would make the item's text an indented code block.
  const rest = line.slice(marker[0].length).replace(/^[ \t]+/, '');
  return rest === '' ? marker[0] : `${marker[0]} ${escapeLineStart(rest)}`;
};

/**
 * Escapes each `<` that could open raw HTML, reading left to right as CommonMark does: the
 * reader's own backslash escapes and code spans are copied as they are. A backtick run with no
 * closing run on its line may be closed by CommonMark on a later line of the paragraph, which
 * pairs the later runs differently: `openSpan` says so, and after it `trustSpans: false` escapes
 * every `<`, inside backticks too (at worst a visible backslash in code; never raw HTML).
 */
const escapeHtml = (line: string, trustSpans: boolean): { text: string; openSpan: boolean } => {
  let out = '';
  let openSpan = false;
  let i = 0;
  while (i < line.length) {
    const char = line[i] as string;
    if (char === '\\') {
      out += line.slice(i, i + 2);
      i += 2;
    } else if (char === '`' && trustSpans) {
      let run = 1;
      while (line[i + run] === '`') run += 1;
      const fence = '`'.repeat(run);
      let close = line.indexOf(fence, i + run);
      while (close !== -1 && line[close + run] === '`') {
        let end = close;
        while (line[end] === '`') end += 1;
        close = line.indexOf(fence, end);
      }
      if (close === -1) openSpan = true;
      const end = close === -1 ? i + run : close + run;
      out += line.slice(i, end);
      i = end;
    } else if (char === '<' && OPENS_HTML.test(line[i + 1] ?? '')) {
      const autolink = AUTOLINK.exec(line.slice(i));
      if (autolink) {
        out += autolink[0];
        i += autolink[0].length;
      } else {
        out += '\\<';
        i += 1;
      }
    } else {
      out += char;
      i += 1;
    }
  }
  return { text: out, openSpan };
};

/**
 * The reader's text as Markdown they wrote it: their lists, emphasis, links, code and line
 * breaks are kept. Only what could break the document around it is escaped: a line that would
 * open a heading, quote, thematic break, setext underline, fence, link definition or indented
 * code, and raw HTML. So their words stay paragraphs and lists inside their own section.
 */
export const readerMarkdown = (text: string): string =>
  text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((paragraph) => {
      const lines: string[] = [];
      let trustSpans = true;
      // Blank lines go first, so the first line kept is never indented: "\n\t+ " would be code.
      for (const line of paragraph.split('\n').filter((l) => l.trim() !== '')) {
        // Line starts first: an escaped fence must not leave a code span that hid a `<` unescaped.
        const { text: body, openSpan } = escapeHtml(escapeLineStart(line.trim()), trustSpans);
        if (openSpan) trustSpans = false;
        // A nested list keeps its indent; any other indent could start a code block.
        const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
        lines.push(lines.length > 0 && LIST_MARKER.test(body) ? `${indent}${body}` : body);
      }
      return lines
        .map((line, index) => {
          const next = lines[index + 1];
          // A hard break keeps the reader's line break; before a list item the item is new anyway.
          return next === undefined || LIST_MARKER.test(next.trim()) ? line : `${line}\\`;
        })
        .join('\n');
    })
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
