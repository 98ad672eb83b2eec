import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../../src/engines/storage/memory-storage';
import { renderApp } from './render-app';

const realLesson = (key: string) =>
  document.querySelector<HTMLButtonElement>(
    `.magnifier-scene [data-lesson="${key}"]`,
  ) as HTMLButtonElement;

async function openTool(storage = createMemoryStorage()) {
  const view = await renderApp({ path: '/tools/magnifier', engines: { storage } });
  // Generous waits: the page is a lazy chunk, and the test machines are shared.
  await screen.findByRole('heading', { level: 1, name: 'Magnifier' }, { timeout: 5000 });
  await screen.findByRole('radiogroup', { name: 'Magnifier mode' }, { timeout: 5000 });
  return view;
}

describe('magnifier tool', () => {
  it('has the controls the UI contract names, and a lens over the scene', async () => {
    await openTool();
    expect(screen.getByRole('link', { name: 'Magnifier' })).toHaveAttribute('aria-current', 'page');
    const modes = screen.getByRole('radiogroup', { name: 'Magnifier mode' });
    expect(
      within(modes)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['lens', 'full-screen', 'docked']);
    expect(screen.getByRole('radio', { name: 'Lens' })).toBeChecked();
    const zoom = screen.getByRole('slider', { name: 'Zoom level' });
    expect(zoom).toHaveAttribute('min', '1');
    expect(zoom).toHaveAttribute('max', '16');
    expect(zoom).toHaveAttribute('aria-valuetext', '2×');
    expect(screen.getByRole('checkbox', { name: 'Invert colours' })).not.toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Zoom increment' })).toHaveValue('100');
    const view = screen.getByRole('region', { name: 'Magnified view' });
    // The magnified copy is inert and hidden from assistive technology.
    const copy = view.querySelector('[data-scene-copy]');
    expect(copy).toHaveAttribute('aria-hidden', 'true');
    expect(copy).toHaveAttribute('inert');
  });

  it('steps the zoom by the chosen increment with the arrow keys', async () => {
    const user = userEvent.setup();
    await openTool();
    const zoom = screen.getByRole('slider', { name: 'Zoom level' });
    zoom.focus();
    await user.keyboard('{ArrowRight}');
    expect(zoom).toHaveAttribute('aria-valuetext', '3×');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Zoom increment' }), '400%');
    zoom.focus();
    await user.keyboard('{ArrowRight}');
    expect(zoom).toHaveAttribute('aria-valuetext', '5×');
    await user.keyboard('{End}');
    expect(zoom).toHaveAttribute('aria-valuetext', '16×');
    await user.keyboard('{ArrowLeft}');
    expect(zoom).toHaveAttribute('aria-valuetext', '13×');
    // A dragged value snaps to the increment.
    fireEvent.change(zoom, { target: { value: '8' } });
    expect(zoom).toHaveAttribute('aria-valuetext', '9×');
  });

  it('switches modes: full screen magnifies the real scene, docked shows a strip above it', async () => {
    const user = userEvent.setup();
    await openTool();
    await user.click(screen.getByRole('radio', { name: 'Full screen' }));
    const full = screen.getByRole('region', { name: 'Magnified view' });
    // In full screen the real, usable scene is inside the view.
    expect(
      within(full).getByRole('textbox', { name: 'Room for Year 10, Monday period 3' }),
    ).toBeVisible();
    expect(full.querySelector('[data-scene-copy]')).toBeNull();
    expect(screen.queryByRole('slider', { name: 'Lens width' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Docked' }));
    const dock = screen.getByRole('region', { name: 'Magnified view' });
    expect(dock.querySelector('[data-scene-copy]')).not.toBeNull();
    expect(within(dock).queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'The mouse pointer' })).toBeChecked();
  });

  it('keeps the copy in step with what the person types', async () => {
    const user = userEvent.setup();
    await openTool();
    await user.type(
      screen.getByRole('textbox', { name: 'Room for Year 10, Monday period 3' }),
      'H3',
    );
    const view = screen.getByRole('region', { name: 'Magnified view' });
    expect(view.querySelector<HTMLInputElement>('[data-scene-copy] input')?.value).toBe('H3');
  });

  it('inverts the colours of the magnified view only', async () => {
    const user = userEvent.setup();
    await openTool();
    await user.click(screen.getByRole('checkbox', { name: 'Invert colours' }));
    const view = screen.getByRole('region', { name: 'Magnified view' });
    expect(view.querySelector('.magnifier-copy')).toHaveClass('is-inverted');
    expect(document.querySelector('.magnifier-scene')).not.toHaveClass('is-inverted');
  });

  it('closes the lens with Escape, moves focus to "Show lens", and opens it again', async () => {
    const user = userEvent.setup();
    await openTool();
    screen.getByRole('region', { name: 'Magnified view' }).focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Magnified view' })).not.toBeInTheDocument();
    const show = screen.getByRole('button', { name: 'Show lens' });
    await waitFor(() => expect(show).toHaveFocus());
    await user.click(show);
    expect(screen.getByRole('region', { name: 'Magnified view' })).toBeInTheDocument();
  });

  it('announces a zoom or mode changed by shortcut keys, once', async () => {
    await openTool();
    const view = screen.getByRole('region', { name: 'Magnified view' });
    fireEvent.keyDown(view, { key: '+', code: 'Equal', altKey: true, shiftKey: true });
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('Zoom 3×'));
    expect(screen.getByRole('slider', { name: 'Zoom level' })).toHaveAttribute(
      'aria-valuetext',
      '3×',
    );
    fireEvent.keyDown(view, { key: 'M', code: 'KeyM', altKey: true, shiftKey: true });
    await waitFor(() =>
      expect(screen.getByTestId('announcer')).toHaveTextContent('Full screen mode'),
    );
    expect(screen.getByRole('radio', { name: 'Full screen' })).toBeChecked();
    // Plain + zooms only while the magnified view itself has focus.
    const full = screen.getByRole('region', { name: 'Magnified view' });
    fireEvent.keyDown(full, { key: '+', code: 'Equal' });
    expect(screen.getByRole('slider', { name: 'Zoom level' })).toHaveAttribute(
      'aria-valuetext',
      '4×',
    );
  });

  it('keeps settings and what was typed across a reload', async () => {
    const user = userEvent.setup();
    const storage = createMemoryStorage();
    const first = await openTool(storage);
    await user.click(screen.getByRole('radio', { name: 'Docked' }));
    await user.type(
      screen.getByRole('textbox', { name: 'Room for Year 10, Monday period 3' }),
      'E4',
    );
    first.unmount();
    await openTool(storage);
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Docked' })).toBeChecked());
    await waitFor(() =>
      expect(
        screen.getByRole('textbox', { name: 'Room for Year 10, Monday period 3' }),
      ).toHaveValue('E4'),
    );
  });
});

describe('magnifier exercise', () => {
  it('completes "lens basics" steps, including a find task at a zoom', async () => {
    const user = userEvent.setup();
    await renderApp({ path: '/exercises/magnifier-lens-basics' });
    await screen.findByRole(
      'heading',
      { level: 1, name: 'Magnifier: lens basics' },
      { timeout: 5000 },
    );
    await screen.findByRole('radiogroup', { name: 'Magnifier mode' }, { timeout: 5000 });
    const steps = () =>
      within(screen.getByRole('heading', { name: 'Steps' }).parentElement as HTMLElement)
        .getAllByRole('listitem')
        .map((item) => item.textContent?.includes('Done'));
    expect(steps()).toEqual([false, false, false, false]);

    // Below 2×, finding the lesson does not count.
    const zoom = screen.getByRole('slider', { name: 'Zoom level' });
    zoom.focus();
    await user.keyboard('{ArrowLeft}');
    await act(async () => realLesson('y8-thu-3').click());
    expect(steps()[3]).toBe(false);
    await act(async () => realLesson('y8-thu-3').click()); // unselect

    zoom.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(steps()).toEqual([true, true, false, false]);
    await user.click(screen.getByRole('checkbox', { name: 'Invert colours' }));
    await act(async () => realLesson('y8-thu-3').click());
    expect(steps()).toEqual([true, true, true, true]);
    expect(screen.getByText('All steps done: exercise complete.')).toBeInTheDocument();
  });
});
