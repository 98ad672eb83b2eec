import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeMicrophone } from '../../src/engines/microphone/microphone-engine';
import { createScriptedRecognition } from '../../src/engines/recognition/scripted-recognition';
import { createMemoryStorage } from '../../src/engines/storage/memory-storage';
import { decodeRecord } from '../../src/store/sync/record-codec';
import { renderApp } from './render-app';

const textbox = () => screen.getByRole('textbox', { name: 'Dictated text' }) as HTMLTextAreaElement;

async function openTool(options: Parameters<typeof renderApp>[0] = {}) {
  const recognition = createScriptedRecognition();
  const microphone = createFakeMicrophone();
  const view = await renderApp({
    path: '/tools/dictation',
    ...options,
    engines: { recognition, microphone, ...options.engines },
  });
  await screen.findByRole('heading', { level: 1, name: 'Dictation' });
  return { ...view, recognition, microphone, user: userEvent.setup() };
}

/** Starts listening, agreeing to the cloud service notice on first use. */
async function startDictation(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Start dictation' }));
  const consent = screen.queryByRole('button', { name: 'Continue' });
  if (consent) await user.click(consent);
  await screen.findByRole('button', { name: 'Stop dictation' });
}

describe('dictation tool, driven by the scripted recogniser', () => {
  it('has the controls the UI contract names', async () => {
    await openTool();
    expect(screen.getByRole('button', { name: 'Start dictation' })).toBeInTheDocument();
    expect(textbox()).toBeInTheDocument();
    const engine = screen.getByRole('combobox', { name: 'Speech engine' });
    expect(
      within(engine).getByRole('option', { name: 'Browser speech recognition' }),
    ).toBeInTheDocument();
    expect(
      within(engine).getByRole('option', { name: 'Type instead of speaking' }),
    ).toBeInTheDocument();
    const language = screen.getByRole('combobox', { name: 'Recognition language' });
    expect(language).toHaveDisplayValue('English (United Kingdom)');
    expect(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', {
        name: 'Dictation',
      }),
    ).toHaveAttribute('aria-current', 'page');
  });

  it('asks before sending audio to a cloud service, and "Type instead" switches engine', async () => {
    const { user, recognition } = await openTool();
    await user.click(screen.getByRole('button', { name: 'Start dictation' }));
    expect(
      screen.getByRole('heading', { name: /your voice goes to the browser's speech service/ }),
    ).toHaveFocus();
    expect(recognition.sessions).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Type instead' }));
    expect(screen.getByRole('combobox', { name: 'Speech engine' })).toHaveValue('typed');
    expect(screen.getByRole('textbox', { name: 'Say this' })).toBeInTheDocument();
    expect(recognition.sessions).toHaveLength(0);
  });

  it('prefers on-device recognition without asking when it is available', async () => {
    const recognition = createScriptedRecognition();
    recognition.availability = 'available';
    const { user } = await openTool({ engines: { recognition } });
    await screen.findByText(/On-device recognition for English \(United Kingdom\) is ready/);
    await user.click(screen.getByRole('button', { name: 'Start dictation' }));
    expect(screen.queryByRole('button', { name: 'Continue' })).not.toBeInTheDocument();
    expect(recognition.sessions).toEqual([{ lang: 'en-GB', processLocally: true }]);
  });

  it('shows interim text outside the textbox and final text inside it, with commands', async () => {
    const { user, recognition } = await openTool();
    await startDictation(user);
    act(() => recognition.say('the cat sat'));
    expect(textbox().value).toBe('');
    expect(screen.getByText('the cat sat')).toBeInTheDocument();
    act(() => recognition.say('the cat sat on the mat full stop', { final: true }));
    expect(textbox().value).toBe('The cat sat on the mat.');
    expect(screen.queryByText('the cat sat')).not.toBeInTheDocument();
    act(() => recognition.say('new paragraph it was happy', { final: true }));
    expect(textbox().value).toBe('The cat sat on the mat.\n\nIt was happy');
    act(() => recognition.say('stop listening', { final: true }));
    expect(await screen.findByRole('button', { name: 'Start dictation' })).toBeInTheDocument();
  });

  it('inserts at the caret after the person moves it, and "delete that" survives typing', async () => {
    const { user, recognition } = await openTool();
    await startDictation(user);
    act(() => recognition.say('hello world', { final: true }));
    await user.click(textbox());
    textbox().setSelectionRange(5, 5);
    await user.type(textbox(), ' there', { initialSelectionStart: 5, initialSelectionEnd: 5 });
    expect(textbox().value).toBe('Hello there world');
    act(() => recognition.say('big', { final: true }));
    expect(textbox().value).toBe('Hello there big world');
    act(() => recognition.say('delete that', { final: true }));
    expect(textbox().value).toBe('Hello there world');
  });

  it('shows a plain alert with a next step for a fatal error, and keeps the text', async () => {
    const { user, recognition } = await openTool();
    await startDictation(user);
    act(() => recognition.say('keep this', { final: true }));
    act(() => recognition.fail('not-allowed'));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The browser is not allowed to use the microphone.');
    expect(alert).toHaveTextContent(/allow the microphone, then press Start dictation again/);
    expect(textbox().value).toBe('Keep this');
    await user.click(within(alert).getByRole('button', { name: 'Type instead of speaking' }));
    expect(screen.getByRole('textbox', { name: 'Say this' })).toHaveFocus();
  });

  it('tells a browser without recognition so, and offers typing', async () => {
    const recognition = createScriptedRecognition();
    recognition.unavailable = 'unsupported';
    await openTool({ engines: { recognition } });
    expect(screen.getByRole('combobox', { name: 'Speech engine' })).toHaveValue('typed');
    expect(screen.queryByRole('button', { name: 'Start dictation' })).not.toBeInTheDocument();
  });

  it('says why the microphone is off on an insecure page', async () => {
    const recognition = createScriptedRecognition();
    recognition.unavailable = 'insecure';
    const { user } = await openTool({ engines: { recognition } });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Speech engine' }), 'browser');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /not opened from a secure \(https\) address/,
    );
    expect(screen.queryByRole('button', { name: 'Start dictation' })).not.toBeInTheDocument();
  });

  it('"Type instead of speaking" feeds "Say this" through the same grammar', async () => {
    const { user } = await openTool();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Speech engine' }), 'typed');
    const say = screen.getByRole('textbox', { name: 'Say this' });
    await user.type(say, 'dear sir comma new line{Enter}');
    await user.type(say, 'thank you full stop{Enter}');
    expect(textbox().value).toBe('Dear sir,\nThank you.');
    expect(say).toHaveValue('');
    await user.type(say, 'scratch that');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(textbox().value).toBe('Dear sir,\n');
  });

  it('shows the microphone level while listening', async () => {
    const { user, microphone } = await openTool();
    await startDictation(user);
    const meter = await screen.findByRole('meter', { name: 'Microphone level' });
    act(() => microphone.setLevel(0.5));
    expect(meter).toHaveAttribute('aria-valuetext', '50%');
    await user.click(screen.getByRole('button', { name: 'Stop dictation' }));
    expect(screen.queryByRole('meter')).not.toBeInTheDocument();
    expect(microphone.openMeters).toBe(0);
  });

  it('saves on every change and restores the text on reload', async () => {
    const storage = createMemoryStorage();
    const first = await openTool({ engines: { storage } });
    await first.user.type(textbox(), 'Notes for Friday');
    await waitFor(async () =>
      expect(decodeRecord(await storage.getItem('dictation:text'))?.state).toBe('Notes for Friday'),
    );
    first.unmount();
    await openTool({ engines: { storage } });
    expect(await screen.findByDisplayValue('Notes for Friday')).toBe(textbox());
  });

  it('scores a practice passage in "Dictation results" and keeps a personal best', async () => {
    const { user } = await openTool();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Practice passage' }), 'weather');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Speech engine' }), 'typed');
    const say = screen.getByRole('textbox', { name: 'Say this' });
    await user.type(say, 'it rained all morning comma so we stayed outside full stop{Enter}');
    await user.click(screen.getByRole('button', { name: 'Check my dictation' }));
    const results = screen.getByRole('region', { name: 'Dictation results' });
    expect(results).toHaveTextContent('Word accuracy: 88%');
    expect(results).toHaveTextContent('Punctuation100%');
    expect(results).toHaveTextContent(/comma ×1, full stop ×1/);
    // A typed attempt says so beside its score: it proves the commands, not speech.
    expect(results).toHaveTextContent(/Typed into “Say this” instead of speaking/);
    expect(within(results).getByText('inside').tagName).toBe('DEL');
    expect(within(results).getByText('outside').tagName).toBe('INS');
    expect(screen.getByRole('heading', { name: 'Dictation results' })).toHaveFocus();

    await user.type(say, 'select outside');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await user.type(say, 'inside{Enter}');
    await user.click(screen.getByRole('button', { name: 'Check my dictation' }));
    expect(screen.getByRole('region', { name: 'Dictation results' })).toHaveTextContent(
      'Word accuracy: 100%',
    );
    expect(screen.getByText('A new personal best. Well done.')).toBeInTheDocument();
    expect(screen.getByText(/Personal best: 100% over 2 attempts/)).toBeInTheDocument();
  });

  it('"Clear the text" moves focus to the textbox, and "undo that" brings the text back', async () => {
    const { user } = await openTool();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Speech engine' }), 'typed');
    const say = screen.getByRole('textbox', { name: 'Say this' });
    await user.type(say, 'keep me full stop{Enter}');
    await user.click(screen.getByRole('button', { name: 'Clear the text' }));
    expect(textbox().value).toBe('');
    expect(textbox()).toHaveFocus();
    await user.type(say, 'undo that{Enter}');
    expect(textbox().value).toBe('Keep me.');
  });

  it('lists every command with Windows, Google Docs and Apple equivalents', async () => {
    const { user } = await openTool();
    await user.click(screen.getByText('What can I say?', { selector: 'summary' }));
    const table = screen.getByRole('table', { name: 'What can I say?' });
    expect(
      within(table).getByRole('columnheader', { name: 'Windows voice typing' }),
    ).toBeInTheDocument();
    expect(
      within(table).getByRole('columnheader', { name: 'Google Docs voice typing' }),
    ).toBeInTheDocument();
    expect(
      within(table).getByRole('columnheader', { name: 'Apple Dictation' }),
    ).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: /“scratch that”/ })).toBeInTheDocument();
  });

  it('shows interim and final results with confidence for trainers', async () => {
    const { user, recognition } = await openTool();
    await startDictation(user);
    await user.click(screen.getByText('Interim and final results (for trainers)'));
    act(() => recognition.say('good after'));
    act(() => recognition.say('good afternoon', { final: true, confidence: 0.92 }));
    const table = screen.getByRole('table', { name: 'Recognition results, newest first' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1, 3)
      .map((row) => row.textContent);
    expect(rows[0]).toContain('Finalgood afternoon0.92');
    expect(rows[1]).toContain('Interim guessgood after');
  });
});

describe('dictation inside an exercise', () => {
  it('shows the passage and completes steps from typed practice', async () => {
    const user = userEvent.setup();
    const { store } = await renderApp({ path: '/exercises/dictation-first-sentences' });
    await screen.findByRole('heading', { level: 1, name: 'Dictation: your first sentences' });
    expect(
      await screen.findByText('Today we planted sunflower seeds in the school garden.'),
    ).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Speech engine' }), 'typed');
    await user.type(
      screen.getByRole('textbox', { name: 'Say this' }),
      'today we planted sunflower seeds in the school garden full stop{Enter}',
    );
    await user.click(screen.getByRole('button', { name: 'Check my dictation' }));
    expect(screen.getByRole('region', { name: 'Dictation results' })).toHaveTextContent(
      'Word accuracy: 100%',
    );
    const run = store.getState().runs['dictation-first-sentences'];
    expect(Object.keys(run?.completed ?? {}).sort()).toEqual(['accuracy', 'full-stop', 'words']);
  });
});
