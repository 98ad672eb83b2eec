import MarkdownIt from 'markdown-it';

/**
 * Markdown with raw HTML switched off: `<script>` in an exercise file is shown
 * as text, and markdown-it's own link validation drops `javascript:` and
 * `vbscript:` URLs. This makes the output safe to insert as HTML.
 */
const md = new MarkdownIt({ html: false, linkify: false, typographer: true });

export function renderMarkdown(source: string): string {
  return md.render(source);
}

export function renderInlineMarkdown(source: string): string {
  return md.renderInline(source);
}
