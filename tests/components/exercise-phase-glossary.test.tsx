import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

describe('phase and glossary on exercise pages', () => {
  it("filters the catalogue by phase and shows each exercise's phase", async () => {
    const user = userEvent.setup();
    const { store } = await renderApp({ path: '/exercises' });
    const all = store.getState().catalogue;
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Phase' }), 'Post-16');
    const expected = all.filter((e) => e.phase.includes('post-16'));
    expect(expected.length).toBeGreaterThan(0);
    const list = [...document.querySelectorAll<HTMLElement>('li.card')];
    expect(list).toHaveLength(expected.length);
    for (const item of list) expect(item).toHaveTextContent(/Post-16/);
  });

  it('explains the terms an exercise uses in a native disclosure, closed at first', async () => {
    const user = userEvent.setup();
    await renderApp({ path: '/exercises/colour-coded-worksheet' });
    const summary = await screen.findByText(/^Words explained/);
    const details = summary.closest('details');
    expect(details).not.toBeNull();
    expect(details?.open).toBe(false);
    // jsdom does not toggle <details> from the keyboard; real browsers do (Enter or Space on <summary>).
    await user.click(summary);
    expect(details?.open).toBe(true);
    const terms = within(details as HTMLElement)
      .getAllByRole('term')
      .map((term) => term.textContent);
    expect(terms).toEqual(expect.arrayContaining(['protanopia', 'deuteranopia', 'tritanopia']));
    expect(screen.getByText(/Primary ·/)).toBeInTheDocument();
  });
});
