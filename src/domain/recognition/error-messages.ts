import type { RecognitionErrorCode } from '../../engines/recognition/recognition-engine';
import { languageLabel } from './languages';

export interface ErrorMessage {
  /** What happened, in plain words. */
  what: string;
  /** What to do next. */
  next: string;
  /** Offer "Type instead of speaking" beside the message. */
  offerTyping: boolean;
}

/**
 * Every recognition error code, as a sentence and a next step. Dictation and
 * live captions share the wording; `start` names the button that starts listening.
 */
export function recognitionErrorMessage(
  code: RecognitionErrorCode,
  lang: string,
  start = 'Start dictation',
): ErrorMessage {
  switch (code) {
    case 'unsupported':
      return {
        what: 'This browser cannot recognise speech (Firefox, for example, has no speech recognition).',
        next: 'Choose "Type instead of speaking" to practise the same commands by typing, or open this page in Chrome, Edge or Safari.',
        offerTyping: true,
      };
    case 'insecure':
      return {
        what: 'The microphone is switched off because this page was not opened from a secure (https) address. Browsers only let secure pages use the microphone.',
        next: 'Ask whoever set up the app to serve it over https (or open it on this computer as localhost). Until then, type instead of speaking.',
        offerTyping: true,
      };
    case 'not-allowed':
      return {
        what: 'The browser is not allowed to use the microphone.',
        next: `Select the padlock or site settings icon beside the web address, allow the microphone, then press ${start} again. Or type instead of speaking.`,
        offerTyping: true,
      };
    case 'service-not-allowed':
      return {
        what: "The browser, or your school's settings, will not let this page use the browser's speech service.",
        next: 'Try another browser, ask your IT team to allow speech recognition, or type instead of speaking.',
        offerTyping: true,
      };
    case 'network':
      return {
        what: "The browser could not reach its speech service. This browser's recognition needs the internet.",
        next: `Check the internet connection and press ${start} again, or type instead of speaking.`,
        offerTyping: true,
      };
    case 'language-not-supported':
      return {
        what: `This browser cannot recognise ${languageLabel(lang)}.`,
        next: 'Choose another recognition language, or type instead of speaking.',
        offerTyping: true,
      };
    case 'audio-capture':
      return {
        what: 'No microphone was found, or another program is using it.',
        next: `Plug in or switch on a microphone, close other programs that use it (such as video calls), then press ${start} again.`,
        offerTyping: true,
      };
    case 'no-speech':
      return {
        what: 'No speech was heard for a few seconds.',
        next: 'Speak a little louder or closer to the microphone. Listening carries on.',
        offerTyping: false,
      };
    case 'aborted':
      return {
        what: 'The browser stopped listening, perhaps because another tab or program took the microphone.',
        next: `Press ${start} to carry on. Your text is kept.`,
        offerTyping: false,
      };
    case 'bad-grammar':
    case 'phrases-not-supported':
      return {
        what: 'The browser would not accept the recognition settings.',
        next: `Press ${start} again. If it keeps happening, type instead of speaking.`,
        offerTyping: true,
      };
    case 'timeout':
      return {
        what: 'The browser stopped answering.',
        next: `Press ${start} again. Your text is kept.`,
        offerTyping: false,
      };
    case 'keeps-stopping':
      return {
        what: 'Listening keeps stopping as soon as it starts.',
        next: `Check the microphone and the internet connection, then press ${start} again, or type instead of speaking.`,
        offerTyping: true,
      };
  }
}
