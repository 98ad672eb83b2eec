import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PACK_FORMAT } from '../../src/domain/exercises/packs';
import type { RecordedFiles } from '../../src/engines/files/files-engine';
import { createFakeOffline } from '../../src/engines/offline/offline-engine';
import { exerciseSource } from '../support/exercise-source';
import { renderApp } from './render-app';

const packFile = (body: unknown, name = 'team.atpack.json') =>
  new File([typeof body === 'string' ? body : JSON.stringify(body)], name, {
    type: 'application/json',
  });

describe('trainer page', () => {
  it('builds a timed plan with a QR code and short link for each exercise, and prints it', async () => {
    const user = userEvent.setup();
    const { engines } = await renderApp({ path: '/trainer' });
    await screen.findByRole('heading', { level: 1, name: 'For trainers' });
    await user.click(screen.getByRole('radio', { name: '30 minutes' }));
    await user.click(screen.getByRole('checkbox', { name: /^Getting started/ }));
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('rowheader', { name: 'Getting started' })).toBeInTheDocument();
    expect(
      within(table).getByRole('img', { name: 'QR code for Getting started' }),
    ).toBeInTheDocument();
    expect(within(table).getByText(/#\/exercises\/getting-started$/)).toBeInTheDocument();
    expect(screen.getByText(/leaving \d+ for questions/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Print handout' }));
    expect((engines.files as RecordedFiles).prints).toBe(1);
  });

  it('imports a pack whose exercises join the catalogue, and exports the plan as a pack', async () => {
    const user = userEvent.setup();
    const { store, engines } = await renderApp({ path: '/trainer' });
    await screen.findByRole('heading', { level: 1, name: 'For trainers' });
    await user.upload(
      screen.getByLabelText('Import a pack'),
      packFile({
        format: PACK_FORMAT,
        version: 1,
        name: 'Year 5 team',
        exercises: [{ file: 'general/01-sample.md', source: exerciseSource() }],
      }),
    );
    expect(
      await screen.findByText(/Imported "Year 5 team": 1 exercise/, { selector: 'p' }),
    ).toBeInTheDocument();
    expect(store.getState().catalogue.some((e) => e.id === 'sample-exercise')).toBe(true);

    await user.click(screen.getByRole('checkbox', { name: /^A sample exercise/ }));
    await user.click(screen.getByRole('button', { name: 'Export the plan’s exercises as a pack' }));
    await waitFor(() => expect((engines.files as RecordedFiles).downloads).toHaveLength(1));
    const exported = JSON.parse((engines.files as RecordedFiles).downloads[0]?.contents ?? '{}');
    expect(exported.exercises[0].source).toContain('id: sample-exercise');
  });

  it('refuses a hostile pack with the reason and changes nothing', async () => {
    const user = userEvent.setup();
    const { store } = await renderApp({ path: '/trainer' });
    await screen.findByRole('heading', { level: 1, name: 'For trainers' });
    const before = store.getState().catalogue;
    await user.upload(
      screen.getByLabelText('Import a pack'),
      packFile('{"format":"at-practice-sandbox/exercise-pack","__proto__":{"polluted":true}}'),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /refused.*__proto__.*Nothing was changed/,
    );
    expect(store.getState().catalogue).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('presenter and pupil modes', () => {
  it('presenter mode hides progress and resets for the next person after confirmation', async () => {
    const user = userEvent.setup();
    const { store, location } = await renderApp({ path: '/settings' });
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    store.getState().openExercise('getting-started');
    store.getState().updateReflection('getting-started', 0, 'Last person');
    await user.click(screen.getByRole('checkbox', { name: 'Presenter mode' }));
    expect(document.documentElement).toHaveAttribute('data-presenter');
    const bar = screen.getByRole('region', { name: 'Presenter mode' });
    await user.click(within(bar).getByRole('button', { name: 'Reset for the next person' }));
    await user.click(within(bar).getByRole('button', { name: 'Yes, reset' }));
    await waitFor(() => expect(location.history?.at(-1)).toBe('/'));
    expect(store.getState().reflections).toEqual({});
    expect(store.getState().presenter).toBe(true);
  });

  it('pupil mode shows only pupil exercises, in pupil words, without reflection writing', async () => {
    const user = userEvent.setup();
    const { store, location } = await renderApp({ path: '/settings' });
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    await user.click(screen.getByRole('checkbox', { name: 'Pupil mode' }));
    location.navigate('/exercises');
    await screen.findByRole('heading', { level: 1, name: 'Exercises' });
    const pupilCount = store
      .getState()
      .catalogue.filter((e) => e.audience.includes('pupil')).length;
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(pupilCount);
    location.navigate('/exercises/getting-started');
    await screen.findByRole('heading', { level: 1, name: 'Getting started' });
    expect(screen.queryByRole('button', { name: 'Save reflection' })).not.toBeInTheDocument();
    expect(screen.getByText('Make the words bigger or smaller in Settings.')).toBeInTheDocument();
    expect(screen.getByText(/0 of 3 steps done/)).toBeInTheDocument();
  });
});

describe('offline and privacy', () => {
  it('"Make available offline" shows progress, then says every tool is available', async () => {
    const user = userEvent.setup();
    await renderApp({
      path: '/settings',
      engines: { offline: createFakeOffline([{ url: 'ocr/worker.min.js', bytes: 2_000_000 }]) },
    });
    await user.click(await screen.findByRole('button', { name: 'Make available offline' }));
    expect(
      await screen.findByText('Every tool is available offline on this device.'),
    ).toBeInTheDocument();
  });

  it('the privacy page lists what runs where, from the engines', async () => {
    await renderApp({ path: '/privacy' });
    await screen.findByRole('heading', { level: 1, name: 'Privacy and data protection' });
    const table = screen.getByRole('table');
    expect(
      within(table).getByRole('rowheader', { name: /Read aloud: reading text from photos/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: /data-protection impact assessment/ }),
    ).toBeInTheDocument();
  });
});
