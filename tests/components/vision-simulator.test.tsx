import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../../src/engines/storage/memory-storage';
import { renderApp } from './render-app';

const CONDITIONS = [
  'None',
  'Blurred vision',
  'Central vision loss',
  'Tunnel vision',
  'Cataract',
  'Protanopia',
  'Deuteranopia',
  'Tritanopia',
  'Achromatopsia',
  'Hemianopia',
];

const filtered = () => document.querySelector<HTMLElement>('[data-vision-filtered]') as HTMLElement;
const announcer = () => screen.getByTestId('announcer');

async function flushAnnouncer() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 80));
  });
}

// Lazy routes and a 125-button timetable: give a busy machine time (no timing is asserted).
describe('vision simulator', { timeout: 20_000 }, () => {
  it('is in the Main navigation and offers every condition in the UI contract', async () => {
    await renderApp({ path: '/tools/vision' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Vision simulator' }),
    ).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Vision simulator' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const select = screen.getByRole('combobox', { name: 'Simulated condition' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(CONDITIONS);
    expect(select).toHaveValue('none');
    expect(screen.getByRole('slider', { name: 'Severity' })).toBeInTheDocument();
    expect(filtered().style.filter).toBe('none');
  });

  it('applies a condition to the scene only, labels it an approximation and announces it once', async () => {
    const user = userEvent.setup();
    const { store } = await renderApp({ path: '/tools/vision' });
    await screen.findByRole('heading', { level: 1, name: 'Vision simulator' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Simulated condition' }), 'blur');
    // The blur is an SVG Gaussian kernel (CSS blur() drops small σ in Chromium's software renderer).
    expect(filtered().style.filter).toMatch(/^url\("?#vision-colour-[\w-]+-blur"?\)$/);
    const blurPx = () =>
      Number(document.querySelector('[data-vision-blur]')?.getAttribute('data-vision-blur'));
    expect(screen.getByText('An approximation')).toBeInTheDocument();
    expect(screen.getByText(/Small print runs together for me/)).toBeInTheDocument();
    await flushAnnouncer();
    expect(announcer()).toHaveTextContent(
      'Blurred vision simulation on, Acuity 6/24 (logMAR 0.6). An approximation.',
    );

    // The controls are outside the filtered element.
    const controls = screen.getByRole('region', { name: 'Simulation' });
    expect(filtered().contains(controls)).toBe(false);
    expect(controls.contains(filtered())).toBe(false);
    expect(filtered().querySelector('[data-scene="timetable"]')).not.toBeNull();

    const slider = screen.getByRole('slider', { name: 'Severity' });
    expect(slider).toHaveAttribute('aria-valuetext', 'Acuity 6/24 (logMAR 0.6)');
    const atLaptop = blurPx();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Viewing distance' }), 'monitor');
    expect(blurPx() / atLaptop).toBeCloseTo(1.4, 1);
    // jsdom does not move range inputs with arrow keys (the browser tier does): set the value.
    fireEvent.change(slider, { target: { value: '70' } });
    expect(slider).toHaveAttribute('aria-valuetext', 'Acuity 6/30 (logMAR 0.7)');
    expect(store.getState().activeExerciseId).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Switch the simulation off' }));
    expect(filtered().style.filter).toBe('none');
    expect(screen.getByRole('combobox', { name: 'Simulated condition' })).toHaveValue('none');
  });

  it.each([
    ['protanopia', /^url\("?#vision-colour-[\w-]+"?\)$/],
    ['achromatopsia', /^url\("?#vision-colour-[\w-]+"?\) url\("?#vision-colour-[\w-]+-blur"?\)$/],
  ])('%s uses an SVG colour matrix in linear RGB', async (condition, filter) => {
    const user = userEvent.setup();
    await renderApp({ path: '/tools/vision' });
    await screen.findByRole('heading', { level: 1, name: 'Vision simulator' });
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Simulated condition' }),
      condition,
    );
    expect(filtered().style.filter).toMatch(filter);
    const svgFilter = document.querySelector('[data-vision-stage] filter') as Element;
    expect(svgFilter.getAttribute('color-interpolation-filters')).toBe('linearRGB');
    expect(
      svgFilter.querySelector('feColorMatrix')?.getAttribute('values')?.split(/\s+/),
    ).toHaveLength(20);
  });

  it('cataract blurs, lowers contrast, and adds a yellow tint and a static glare', async () => {
    const user = userEvent.setup();
    await renderApp({ path: '/tools/vision' });
    await screen.findByRole('heading', { level: 1, name: 'Vision simulator' });
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Simulated condition' }),
      'cataract',
    );
    expect(filtered().style.filter).toMatch(/^url\("?#[\w-]+-blur"?\) contrast\(0\.700\)$/);
    expect(document.querySelector('.vision-stage__tint')).toHaveAttribute('aria-hidden', 'true');
    expect(document.querySelector('.vision-stage__glare')).toHaveAttribute('aria-hidden', 'true');
  });

  it('field losses are masks that ignore the pointer; hemianopia asks which side', async () => {
    const user = userEvent.setup();
    await renderApp({ path: '/tools/vision' });
    await screen.findByRole('heading', { level: 1, name: 'Vision simulator' });
    const select = screen.getByRole('combobox', { name: 'Simulated condition' });
    await user.selectOptions(select, 'tunnel');
    expect(
      document.querySelector('[data-vision-mask="tunnel"]')?.closest('[aria-hidden="true"]'),
    ).not.toBeNull();
    expect(filtered().style.filter).toBe('none');
    expect(screen.getByRole('group', { name: 'Where you look' })).toBeInTheDocument();
    await user.selectOptions(select, 'hemianopia');
    await user.click(screen.getByRole('radio', { name: 'Right' }));
    expect(document.querySelector('[data-vision-mask="hemianopia"]')).toHaveClass(
      'vision-mask--hemianopia-right',
    );
    expect(screen.getByRole('slider', { name: 'Severity' })).toHaveAttribute(
      'aria-valuetext',
      'Right side 60% lost',
    );
  });

  it('"Try what helps" applies supports in place or links to the magnifier', async () => {
    const user = userEvent.setup();
    await renderApp({ path: '/tools/vision' });
    await screen.findByRole('heading', { level: 1, name: 'Vision simulator' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Simulated condition' }), 'blur');
    const helps = screen.getByRole('region', { name: 'Try what helps' });
    const larger = within(helps).getByRole('button', { name: 'Larger text' });
    await user.click(larger);
    expect(larger).toHaveAttribute('aria-pressed', 'true');
    expect(filtered()).toHaveClass('scene-larger-text');
    await flushAnnouncer();
    expect(announcer()).toHaveTextContent('Larger text on.');
    expect(within(helps).getByRole('link', { name: 'Open the magnifier' })).toHaveAttribute(
      'href',
      '/tools/magnifier',
    );

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Simulated condition' }),
      'deuteranopia',
    );
    expect(filtered()).not.toHaveClass('scene-larger-text');
    await user.click(screen.getByRole('button', { name: 'Add words to the colour key' }));
    expect(filtered()).toHaveClass('scene-show-key-words');

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Simulated condition' }),
      'tunnel',
    );
    const readAloud = screen.getByRole('link', { name: 'Open read aloud' });
    expect(readAloud).toHaveAttribute('href', '/tools/read-aloud');
  });

  it('completes a vision exercise: compare conditions, find on the worksheet, try what helps', async () => {
    const user = userEvent.setup();
    const { store } = await renderApp({ path: '/exercises/colour-coded-worksheet' });
    await screen.findByRole(
      'heading',
      { level: 1, name: /colour-coded worksheet/i },
      { timeout: 5000 },
    );
    const select = await screen.findByRole(
      'combobox',
      { name: 'Simulated condition' },
      { timeout: 5000 },
    );
    expect(screen.getByRole('combobox', { name: 'Practice scene' })).toHaveValue('worksheet');
    for (const condition of ['protanopia', 'deuteranopia', 'tritanopia']) {
      await user.selectOptions(select, condition);
    }
    await user.selectOptions(select, 'deuteranopia');
    await user.click(screen.getByRole('button', { name: 'Add words to the colour key' }));
    await user.click(screen.getByRole('button', { name: 'Leaf' }));
    const run = store.getState().runs['colour-coded-worksheet'];
    expect(
      run?.events.some((e) => e.type === 'scene/task-done' && e.condition === 'deuteranopia'),
    ).toBe(true);
    const statuses = within(
      screen.getByRole('heading', { name: 'Steps' }).parentElement as HTMLElement,
    )
      .getAllByRole('listitem')
      .map((item) => item.textContent?.includes('Done'));
    expect(statuses.slice(0, 3)).toEqual([true, true, true]);
  });

  it('keeps the condition, severity and scene state across a reload', async () => {
    const user = userEvent.setup();
    const storage = createMemoryStorage();
    const first = await renderApp({ path: '/tools/vision', engines: { storage } });
    await screen.findByRole('heading', { level: 1, name: 'Vision simulator' });
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Simulated condition' }),
      'cataract',
    );
    await user.type(
      screen.getByRole('textbox', { name: 'Room for Year 10, Monday period 3' }),
      'H2',
    );
    first.unmount();

    await renderApp({ path: '/tools/vision', engines: { storage } });
    await screen.findByRole('heading', { level: 1, name: 'Vision simulator' });
    expect(await screen.findByRole('combobox', { name: 'Simulated condition' })).toHaveValue(
      'cataract',
    );
    expect(screen.getByRole('textbox', { name: 'Room for Year 10, Monday period 3' })).toHaveValue(
      'H2',
    );
  });
});
