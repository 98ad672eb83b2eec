import MarkdownIt from 'markdown-it';

/**
 * Markdown with raw HTML switched off: `<script>` in an exercise file is shown
 * as text. Exercise files can come from an imported pack, so links and
 * pictures are held to a short list of what an exercise needs (see
 * `isAllowedLink`), and headings sit below the page's own `<h1>`. This makes
 * the output safe to insert as HTML.
 */
const md = new MarkdownIt({ html: false, linkify: false, typographer: true });

/**
 * markdown-it checks a link after decoding entities but before the browser
 * drops tabs and newlines from it, so `jav&#x09;ascript:` passed its own test.
 * Here the destination is judged as the browser will read it: with every
 * control character and space removed. Web and mail links, and the app's own
 * `#/…` routes, are kept; anything else (other schemes, paths that leave the
 * app) is shown as plain text.
 */
export function isAllowedLink(url: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to remove them
  const seen = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  return /^(https?:\/\/|mailto:)/.test(seen) || seen.startsWith('#');
}

md.validateLink = isAllowedLink;

// No picture is fetched from an exercise: the app asks nothing of the network.
md.renderer.rules.image = (tokens, index) => md.utils.escapeHtml(tokens[index]?.content ?? '');

const defaultHeadingOpen =
  md.renderer.rules.heading_open ??
  ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
const demote = (tokens: { tag: string }[], index: number) => {
  const token = tokens[index];
  if (token?.tag === 'h1') token.tag = 'h2';
};
md.renderer.rules.heading_open = (tokens, index, options, env, self) => {
  demote(tokens, index);
  return defaultHeadingOpen(tokens, index, options, env, self);
};
md.renderer.rules.heading_close = (tokens, index, options, _env, self) => {
  demote(tokens, index);
  return self.renderToken(tokens, index, options);
};

export function renderMarkdown(source: string): string {
  return md.render(source);
}

export function renderInlineMarkdown(source: string): string {
  return md.renderInline(source);
}
