import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { RecordedFiles } from '../../src/engines/files/files-engine';
import { renderApp } from './render-app';

describe('reflections another tab saved at the same moment', () => {
  it('are shown under the answers and exported, so nothing written is lost', async () => {
    const user = userEvent.setup();
    const { store, engines, location } = await renderApp({ path: '/exercises/getting-started' });
    await screen.findByRole('heading', { level: 1, name: 'Getting started' });
    expect(screen.queryByText(/earlier version/)).toBeNull();

    store.getState().updateReflection('getting-started', 0, 'Amira needs bigger text.');
    store.setState({
      reflectionHistory: { 'getting-started': [['Written in the other tab: Tom too.']] },
    });
    const history = (await screen.findByText('An earlier version from another tab'))
      .parentElement as HTMLElement;
    await user.click(screen.getByText('An earlier version from another tab'));
    expect(within(history).getByText('Written in the other tab: Tom too.')).toBeVisible();
    expect(screen.getByRole('textbox', { name: /Which pupil/ })).toHaveValue(
      'Amira needs bigger text.',
    );

    location.navigate('/progress');
    await user.click(await screen.findByRole('button', { name: 'Export as JSON' }));
    const exported = JSON.parse((engines.files as RecordedFiles).downloads[0]?.contents ?? '{}');
    expect(exported.exercises[0].reflections[0].answer).toBe('Amira needs bigger text.');
    expect(exported.exercises[0].earlierReflections).toEqual([
      [
        {
          prompt: expect.stringMatching(/^Which pupil/),
          answer: 'Written in the other tab: Tom too.',
        },
      ],
    ]);
  });
});
