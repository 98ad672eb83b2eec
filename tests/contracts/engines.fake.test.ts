// Each engine contract against its fake, in jsdom. engines.browser.test.ts runs the same
// contracts against the real engines in Chromium.
import { createMemoryBus } from '../../src/engines/broadcast/broadcast-engine';
import { createRecordingFiles } from '../../src/engines/files/files-engine';
import { createFakeImage } from '../../src/engines/image/fake-image';
import { createFakeMicrophone } from '../../src/engines/microphone/microphone-engine';
import { createFakeOcr, wordsFromText } from '../../src/engines/ocr/fake-ocr';
import type { RecognitionErrorCode } from '../../src/engines/recognition/recognition-engine';
import { createScriptedRecognition } from '../../src/engines/recognition/scripted-recognition';
import { broadcastContract } from './broadcast-contract';
import {
  createBroadcastDriver,
  createFilesDriver,
  createImageDriver,
  createMicrophoneDriver,
  createOcrDriver,
  createRecognitionDriver,
} from './drivers';
import { filesContract } from './files-contract';
import { imageContract } from './image-contract';
import { microphoneContract } from './microphone-contract';
import { ocrContract } from './ocr-contract';
import { recognitionContract } from './recognition-contract';
import { CONTRACT_SAMPLE, samplePngSize, sampleText } from './samples';

ocrContract(
  'the fake (given words and boxes)',
  () =>
    createOcrDriver(
      createFakeOcr([{ words: wordsFromText(sampleText()), skewDegrees: 0 }]),
      async () => new Blob(['a page']),
    ),
  () => sampleText(),
);

imageContract(
  'the fake (sniffs, does not decode)',
  () => createImageDriver(createFakeImage(samplePngSize()), `samples/${CONTRACT_SAMPLE}.png`),
  () => samplePngSize(),
);

microphoneContract('the fake level source', () => {
  const microphone = createFakeMicrophone();
  return createMicrophoneDriver(microphone, () => microphone.setLevel(0.4));
});

const files = createRecordingFiles();
filesContract(
  'the recording fake',
  () => createFilesDriver(files),
  async () => files.downloads.map(({ fileName, contents }) => ({ fileName, contents })),
);

recognitionContract('the scripted fake', () => {
  const recognition = createScriptedRecognition();
  return createRecognitionDriver(recognition, {
    ready: () => recognition.listening,
    say: (text, final) => recognition.say(text, { final }),
    fail: (code) => recognition.fail(code as RecognitionErrorCode),
    newSession: () => {},
  });
});

broadcastContract('the shared in-memory bus', () => {
  const bus = createMemoryBus();
  return createBroadcastDriver(() => bus.engine());
});
