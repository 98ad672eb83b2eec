import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { RecordedFiles } from '../../src/engines/files/files-engine';
import { renderApp } from './render-app';

describe('app shell', () => {
  it('has the "Main" navigation with only the pages that exist', async () => {
    await renderApp();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const names = within(nav)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(names).toEqual(expect.arrayContaining(['Exercises', 'Progress', 'Settings']));
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Practise assistive technology',
    );
  });

  it('says so when a page does not exist', async () => {
    await renderApp({ path: '/nowhere' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
  });

  it('warns when the browser will not let the app save', async () => {
    const { createMemoryStorage } = await import('../../src/engines/storage/memory-storage');
    await renderApp({ engines: { storage: createMemoryStorage({}, false) } });
    expect(screen.getByRole('alert')).toHaveTextContent(
      /progress will be lost when you close this tab/,
    );
  });
});

describe('exercise catalogue', () => {
  it('lists every exercise as a link named by its title, and filters them', async () => {
    const user = userEvent.setup();
    const { store } = await renderApp({ path: '/exercises' });
    const total = store.getState().catalogue.length;
    expect(await screen.findByRole('link', { name: 'Getting started' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(`${total} exercise`);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Who it is for' }), 'Pupils');
    const pupilCount = store
      .getState()
      .catalogue.filter((e) => e.audience.includes('pupil')).length;
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(pupilCount);
  });
});

describe('Getting started, driven through the UI', () => {
  it('marks steps "Done" as the person changes settings and saves a reflection', async () => {
    const user = userEvent.setup();
    const { location, store } = await renderApp({ path: '/exercises/getting-started' });
    await screen.findByRole('heading', { level: 1, name: 'Getting started' });
    expect(screen.queryByText('Done')).not.toBeInTheDocument();

    await user.click(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', {
        name: 'Settings',
      }),
    );
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    expect(screen.getByRole('radiogroup', { name: 'Theme' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'High contrast' }));
    expect(document.documentElement.dataset.theme).toBe('high-contrast');
    expect(screen.getByRole('complementary', { name: 'Exercise in progress' })).toHaveTextContent(
      '1 of 4 steps done',
    );

    location.navigate('/exercises/getting-started');
    await screen.findByRole('heading', { level: 1, name: 'Getting started' });
    await user.type(
      screen.getByRole('textbox', { name: /Which pupil/ }),
      'Amira in Year 2 needs bigger text.',
    );
    await user.click(screen.getByRole('button', { name: 'Save reflection' }));
    const steps = within(
      screen.getByRole('heading', { name: 'Steps' }).parentElement as HTMLElement,
    ).getAllByRole('listitem');
    expect(steps.map((s) => s.textContent?.includes('Done'))).toEqual([false, false, true, true]);
    expect(store.getState().reflections['getting-started']).toEqual([
      'Amira in Year 2 needs bigger text.',
    ]);
  });
});

describe('progress page', () => {
  it('exports JSON, prints, and clears data only after confirmation', async () => {
    const user = userEvent.setup();
    const { store, engines } = await renderApp({ path: '/progress' });
    store.getState().openExercise('getting-started');
    store.getState().updateReflection('getting-started', 0, 'My reflection');
    expect(await screen.findByRole('link', { name: 'Getting started' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Export as JSON' }));
    const files = engines.files as RecordedFiles;
    expect(files.downloads[0]?.fileName).toMatch(/^at-practice-progress-\d{4}-\d{2}-\d{2}\.json$/);
    expect(
      JSON.parse(files.downloads[0]?.contents ?? '{}').exercises[0].reflections[0].answer,
    ).toBe('My reflection');
    await user.click(screen.getByRole('button', { name: 'Print CPD record' }));
    expect(files.prints).toBe(1);

    await user.click(screen.getByRole('button', { name: 'Clear my data' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(store.getState().runs['getting-started']).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Clear my data' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete my data' }));
    expect(store.getState().runs).toEqual({});
    // Only the generation stamp stays: it refuses writes from before the clear.
    expect(await engines.storage.keys()).toEqual(['app:generation']);
  });
});
