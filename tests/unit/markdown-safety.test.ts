import { describe, expect, it } from 'vitest';
import { isAllowedLink, renderMarkdown } from '../../src/domain/exercises/markdown';

describe('exercise Markdown from packs is held to what an exercise needs', () => {
  it.each([
    '[x](jav&#x09;ascript:alert(1))',
    '[x](java&#10;script:alert(1))',
    '[x](JaVaScRiPt:alert(1))',
    '[x](vbscript:msgbox(1))',
    '[x](data:text/html,<script>alert(1)</script>)',
    '[x](//evil.example/login)',
    '[x](../../login)',
  ])('shows %s as text, not a link', (source) => {
    const html = renderMarkdown(source);
    expect(html).not.toContain('<a ');
    expect(html).toContain('x');
  });

  it('keeps web, mail and in-app links', () => {
    expect(renderMarkdown('[a](https://www.gov.uk/send)')).toContain(
      '<a href="https://www.gov.uk/send">',
    );
    expect(renderMarkdown('[b](mailto:senco@school.example)')).toContain('<a href="mailto:');
    expect(renderMarkdown('[c](#/tools/dictation)')).toContain('<a href="#/tools/dictation">');
    expect(isAllowedLink(' https://example.org')).toBe(true);
  });

  it('never fetches a picture: an image becomes its description', () => {
    const html = renderMarkdown('![A tracking pixel](https://evil.example/p.gif)');
    expect(html).not.toContain('<img');
    expect(html).toContain('A tracking pixel');
  });

  it('puts a body heading below the page heading', () => {
    const html = renderMarkdown('# Not the page title\n\n## A section');
    expect(html).not.toContain('<h1');
    expect(html).toContain('<h2>Not the page title</h2>');
    expect(html).toContain('<h2>A section</h2>');
  });
});
