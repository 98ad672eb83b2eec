import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PracticeEventBody } from '../../src/domain/exercises/events';
import { createMemoryBus } from '../../src/engines/broadcast/broadcast-engine';
import type { RecordedFiles } from '../../src/engines/files/files-engine';
import { createScriptedRecognition } from '../../src/engines/recognition/scripted-recognition';
import type { FakeWindows } from '../../src/engines/windows/windows-engine';
import { renderApp } from './render-app';

async function openTool(options: Parameters<typeof renderApp>[0] = {}) {
  const recognition = createScriptedRecognition();
  const view = await renderApp({
    path: '/tools/captions',
    ...options,
    engines: { recognition, ...options.engines },
  });
  // Practice events count only inside an exercise: record every one the tool reports.
  const events: PracticeEventBody[] = [];
  const emit = view.store.getState().emit;
  act(() =>
    view.store.setState({
      emit: (event) => {
        events.push(event);
        emit(event);
      },
    }),
  );
  await screen.findByRole('heading', { level: 1, name: 'Live captions' });
  return { ...view, recognition, events, user: userEvent.setup() };
}

const captions = () => screen.getByRole('region', { name: 'Captions' });

describe('live captions, driven by the scripted recogniser', () => {
  it('asks before the cloud service, shows interim words apart, then the final in their place', async () => {
    const { user, recognition, events } = await openTool();
    expect(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', {
        name: 'Live captions',
      }),
    ).toHaveAttribute('aria-current', 'page');
    await user.click(screen.getByRole('button', { name: 'Start captions' }));
    expect(
      screen.getByRole('heading', { name: /your voice goes to the browser's speech service/ }),
    ).toHaveFocus();
    expect(recognition.sessions).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('button', { name: 'Stop captions' });

    act(() => recognition.say('the water cycle'));
    const interim = within(captions()).getByText('the water cycle');
    expect(interim).toHaveClass('caption-display__interim');
    expect(interim).toHaveTextContent('(still hearing)');

    act(() => recognition.say('the water cycle full stop', { final: true }));
    expect(within(captions()).getByText('The water cycle full stop')).not.toHaveClass(
      'caption-display__interim',
    );
    expect(within(captions()).queryByText(/still hearing/)).not.toBeInTheDocument();
    expect(screen.getByText(/1 line, 5 words/)).toBeInTheDocument();
    const lines = events.filter((event) => event.type === 'captions/line');
    expect(lines).toMatchObject([{ words: 5, via: 'voice' }]);

    await user.click(screen.getByRole('button', { name: 'Stop captions' }));
    await screen.findByRole('button', { name: 'Start captions' });
  });

  it('names the Start captions button in a recognition error, and keeps the captions', async () => {
    const { user, recognition } = await openTool();
    await user.click(screen.getByRole('button', { name: 'Start captions' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    act(() => recognition.say('good morning', { final: true }));
    act(() => recognition.fail('not-allowed'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('not allowed to use the microphone');
    expect(alert).toHaveTextContent('press Start captions again');
    expect(within(captions()).getByText('Good morning')).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Type instead of speaking' }));
    expect(screen.getByRole('textbox', { name: 'Say this' })).toHaveFocus();
  });

  it('typed practice: Say this and Send caption literally; the transcript saves with times and clears after asking', async () => {
    const { user, engines, events } = await openTool();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Speech engine' }), 'typed');
    const say = screen.getByRole('textbox', { name: 'Say this' });
    await user.type(say, 'i think it will rain comma then snow{Enter}');
    await user.type(say, 'who knows?');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(
      within(captions()).getByText('I think it will rain comma then snow'),
    ).toBeInTheDocument();
    expect(within(captions()).getByText('Who knows?')).toBeInTheDocument();
    expect(events.filter((event) => event.type === 'captions/line')).toMatchObject([
      { via: 'typed' },
      { via: 'typed' },
    ]);

    await user.click(screen.getByRole('button', { name: 'Save transcript' }));
    const [saved] = (engines.files as RecordedFiles).downloads;
    expect(saved?.fileName).toMatch(/^captions-\d{4}-\d{2}-\d{2}-\d{4}\.txt$/);
    expect(saved?.mimeType).toContain('text/plain');
    expect(saved?.contents).toMatch(
      /\[00:00:\d\d\] I think it will rain comma then snow\n\[00:00:\d\d\] Who knows\?\n$/,
    );

    await user.click(screen.getByRole('button', { name: 'Clear transcript' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(within(captions()).getByText('Who knows?')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear transcript' }));
    await user.click(screen.getByRole('button', { name: 'Yes, clear it' }));
    expect(within(captions()).queryByText('Who knows?')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save transcript' })).not.toBeInTheDocument();
  });

  it('checks caption accuracy against a script with the dictation scoring', async () => {
    const { user, events } = await openTool();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Speech engine' }), 'typed');
    await user.click(screen.getByRole('button', { name: 'Check caption accuracy' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Type or paste the script first');
    await user.type(
      screen.getByRole('textbox', { name: 'Script to read' }),
      'Harold marched north to Stamford Bridge.',
    );
    await user.type(
      screen.getByRole('textbox', { name: 'Say this' }),
      'harold marched north to stanford bridge{Enter}',
    );
    await user.click(screen.getByRole('button', { name: 'Check caption accuracy' }));
    expect(await screen.findByText(/Word accuracy: 83%/)).toBeInTheDocument();
    expect(screen.getByText('“Stamford” captioned as “stanford”')).toBeInTheDocument();
    expect(events.filter((event) => event.type === 'captions/accuracy-checked')).toMatchObject([
      { accuracy: 83, missed: ['Stamford'] },
    ]);
  });

  it('presentation: colour pairs state their contrast, and each change is reported as chosen', async () => {
    const { user, events } = await openTool();
    await user.click(screen.getByRole('radio', { name: /Yellow on black \(contrast 19\.5:1\)/ }));
    const slider = screen.getByRole('slider', { name: 'Caption size' });
    // jsdom's range inputs ignore arrow keys (the e2e test uses them in Chromium).
    fireEvent.change(slider, { target: { value: '48' } });
    expect(slider).toHaveValue('48');
    expect(captions().style.getPropertyValue('--caption-size')).toBe('48px');
    expect(captions().style.getPropertyValue('--caption-background')).toBe('#000000');
    const changes = events.filter((event) => event.type === 'captions/presentation-changed');
    expect(changes).toMatchObject([
      { setting: 'colours', value: 'yellow-on-black' },
      { setting: 'size', value: 48 },
    ]);
  });
});

describe('presenter mode', () => {
  it('shows the latest caption in its caption strip', async () => {
    const { user, store } = await openTool();
    act(() => store.getState().setPresenter(true));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Speech engine' }), 'typed');
    await user.type(screen.getByRole('textbox', { name: 'Say this' }), 'look at the board{Enter}');
    expect(screen.getByTestId('captions')).toHaveTextContent('Look at the board');
  });
});

describe('the pupil view, kept in step across two tabs of one browser', () => {
  it('opens a second window, follows the teacher live, and recovers when it reloads', async () => {
    const bus = createMemoryBus();
    const teacher = await openTool({ engines: { broadcast: bus.engine() } });
    const { user } = teacher;
    await user.selectOptions(screen.getByRole('combobox', { name: 'Speech engine' }), 'typed');
    await user.type(
      screen.getByRole('textbox', { name: 'Say this' }),
      'before the pupil view{Enter}',
    );

    await user.click(screen.getByRole('button', { name: 'Open pupil view' }));
    expect((teacher.engines.windows as FakeWindows).opened).toEqual([
      { route: '/captions/pupil', name: 'captions-pupil-view' },
    ]);

    const openPupil = async () => {
      const view = await renderApp({
        path: '/captions/pupil',
        engines: { broadcast: bus.engine() },
      });
      const region = await within(view.container).findByRole('region', { name: 'Captions' });
      return { view, region };
    };
    let pupil = await openPupil();
    // Captions only: no navigation in the pupil view.
    expect(within(pupil.view.container).queryByRole('navigation')).not.toBeInTheDocument();
    await within(pupil.region).findByText('Before the pupil view');
    expect(
      await screen.findByText('The pupil view is showing these captions.'),
    ).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Say this' }), 'and after it{Enter}');
    await within(pupil.region).findByText('And after it');

    pupil.view.unmount();
    pupil = await openPupil();
    await within(pupil.region).findByText('And after it');
    expect(within(pupil.region).getByText('Before the pupil view')).toBeInTheDocument();
  });

  it('a pupil view already open answers when Open pupil view is pressed again', async () => {
    const bus = createMemoryBus();
    const pupil = await renderApp({
      path: '/captions/pupil',
      engines: { broadcast: bus.engine() },
    });
    await within(pupil.container).findByRole('region', { name: 'Captions' });
    const { user, events } = await openTool({ engines: { broadcast: bus.engine() } });
    expect(screen.queryByText('The pupil view is showing these captions.')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Open pupil view' }));
    expect(
      await screen.findByText('The pupil view is showing these captions.'),
    ).toBeInTheDocument();
    expect(events.some((event) => event.type === 'captions/pupil-view-connected')).toBe(true);
  });

  it('says so when a pop-up blocker stops the window, with the address to open by hand', async () => {
    const { user, engines } = await openTool();
    (engines.windows as FakeWindows).allowPopups = false;
    await user.click(screen.getByRole('button', { name: 'Open pupil view' }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The browser blocked the new window.');
    expect(within(alert).getByRole('link')).toHaveAttribute(
      'href',
      'http://localhost/#/captions/pupil',
    );
  });
});
