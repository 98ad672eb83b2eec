/**
 * Shows exercise prose. The HTML comes only from `renderMarkdown`, which has
 * raw HTML switched off and drops unsafe links, so it is safe to insert.
 */
export function Prose({ html, className }: { html: string; className?: string }) {
  return (
    <div
      className={className ? `prose ${className}` : 'prose'}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: markdown-it output with html:false (see domain/exercises/markdown.ts).
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
