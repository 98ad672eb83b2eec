import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CaptionStrip } from '../../src/app/presenter-bar';
import { allChecks } from '../../src/domain/checks/all-checks';
import { createFakeEngines } from '../../src/engines/create-engines';
import { createFakeSynthesis } from '../../src/engines/synthesis/fake-synthesis';
import { ReadingPanel } from '../../src/features/read-aloud/reading/reading-panel';
import { AnnouncerProvider } from '../../src/shared/announcer';
import { CaptionsProvider } from '../../src/shared/captions';
import { EnginesProvider } from '../../src/shared/engines-context';
import { createAppStore } from '../../src/store/create-app-store';
import { StoreProvider } from '../../src/store/store-context';

async function renderReading(presenter: boolean) {
  const synthesis = createFakeSynthesis({ mode: 'manual' });
  const engines = createFakeEngines({ synthesis });
  const store = createAppStore({ engines, exercises: [], checks: allChecks });
  store.getState().setPresenter(presenter);
  await act(async () => {
    render(
      <EnginesProvider engines={engines}>
        <StoreProvider store={store}>
          <AnnouncerProvider>
            <CaptionsProvider>
              <ReadingPanel text="The cat sat on the mat. Then it went to sleep." />
              <CaptionStrip />
            </CaptionsProvider>
          </AnnouncerProvider>
        </StoreProvider>
      </EnginesProvider>,
    );
  });
  await screen.findByRole('option', { name: /on this device/ });
  const say = async (count: number) =>
    act(async () => {
      await Promise.resolve();
      synthesis.step(count);
    });
  return { say, user: userEvent.setup() };
}

describe('presenter captions', () => {
  it('show the sentence being read aloud, in big type for the room', async () => {
    const { say, user } = await renderReading(true);
    await user.click(screen.getByRole('button', { name: 'Read aloud' }));
    await say(1);
    expect(screen.getByTestId('captions')).toHaveTextContent('The cat sat on the mat.');
    await say(7);
    expect(screen.getByTestId('captions')).toHaveTextContent('Then it went to sleep.');
  });

  it('are not shown outside presenter mode', async () => {
    const { say, user } = await renderReading(false);
    await user.click(screen.getByRole('button', { name: 'Read aloud' }));
    await say(2);
    expect(screen.queryByTestId('captions')).not.toBeInTheDocument();
  });
});
