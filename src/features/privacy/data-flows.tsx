import { useEffect, useState } from 'react';
import type { OnDeviceAvailability } from '../../engines/recognition/recognition-engine';
import type { SynthesisVoice } from '../../engines/synthesis/synthesis-engine';
import { useEngines } from '../../shared/engines-context';

interface Probe {
  recognition: 'unsupported' | 'insecure' | OnDeviceAvailability | 'checking';
  voices: SynthesisVoice[] | null;
}

const ON_DEVICE_WORDS: Record<string, string> = {
  available:
    'On-device recognition is installed in this browser for English (United Kingdom): audio stays on this device when it is used.',
  downloadable:
    'This browser can download on-device recognition (the dictation tool offers it); until then it uses its cloud service.',
  downloading:
    'On-device recognition is downloading; until it is ready, the browser uses its cloud service.',
  unavailable:
    'This browser has no on-device recognition for English (United Kingdom): it uses its cloud service.',
  unsupported:
    'This browser does not say whether it can recognise speech on the device: assume its cloud service.',
};

/** A live list, from the browser's own answers, of what runs on the device and what can send data. */
export function DataFlows() {
  const { recognition, synthesis } = useEngines();
  const [probe, setProbe] = useState<Probe>({ recognition: 'checking', voices: null });

  useEffect(() => {
    let live = true;
    const reason = recognition.unavailableReason();
    (reason ? Promise.resolve(reason) : recognition.onDeviceAvailability('en-GB'))
      .catch(() => 'unsupported' as const)
      .then((state) => live && setProbe((p) => ({ ...p, recognition: state })));
    synthesis
      .voices()
      .catch(() => [])
      .then((voices) => live && setProbe((p) => ({ ...p, voices })));
    return () => {
      live = false;
    };
  }, [recognition, synthesis]);

  const remoteVoices = probe.voices?.filter((voice) => !voice.localService && !voice.builtIn) ?? [];
  const localVoices = probe.voices?.filter((voice) => voice.localService || voice.builtIn) ?? [];

  return (
    <section aria-labelledby="flows-heading">
      <h2 id="flows-heading">What runs where, in this browser now</h2>
      <table className="flows-table">
        <thead>
          <tr>
            <th scope="col">Feature</th>
            <th scope="col">Where it runs</th>
            <th scope="col">What leaves the device</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Dictation: &ldquo;Type instead of speaking&rdquo;</th>
            <td>On this device</td>
            <td>Nothing</td>
          </tr>
          <tr>
            <th scope="row">Dictation: &ldquo;Browser speech recognition&rdquo;</th>
            <td>
              {probe.recognition === 'checking'
                ? 'Checking…'
                : probe.recognition === 'unsupported' &&
                    recognition.unavailableReason() === 'unsupported'
                  ? 'Not available in this browser.'
                  : probe.recognition === 'insecure'
                    ? 'Off: this page is not served securely (https), so the browser keeps the microphone off.'
                    : ON_DEVICE_WORDS[probe.recognition]}
            </td>
            <td>
              {probe.recognition === 'available'
                ? 'Nothing, with on-device recognition'
                : 'Microphone audio, to the browser maker’s speech service, only after you choose to continue'}
            </td>
          </tr>
          <tr>
            <th scope="row">Read aloud: reading text from photos (OCR)</th>
            <td>On this device (tesseract.js, served by this site)</td>
            <td>Nothing</td>
          </tr>
          <tr>
            <th scope="row">Read aloud: built-in voice</th>
            <td>On this device (espeak-ng, served by this site)</td>
            <td>Nothing</td>
          </tr>
          <tr>
            <th scope="row">Read aloud: this browser&rsquo;s voices</th>
            <td>
              {probe.voices === null
                ? 'Checking…'
                : `${localVoices.filter((v) => !v.builtIn).length} on this device, ${remoteVoices.length} remote`}
            </td>
            <td>
              {remoteVoices.length
                ? `The text being read, if you choose a remote voice: ${remoteVoices
                    .slice(0, 5)
                    .map((v) => v.name)
                    .join(', ')}${remoteVoices.length > 5 ? ', …' : ''}`
                : 'Nothing'}
            </td>
          </tr>
          <tr>
            <th scope="row">Magnifier and vision simulator</th>
            <td>On this device</td>
            <td>Nothing</td>
          </tr>
          <tr>
            <th scope="row">Progress, reflections, settings</th>
            <td>Stored in this browser (IndexedDB)</td>
            <td>Nothing, unless you export or print them</td>
          </tr>
        </tbody>
      </table>
      <p className="hint">
        &ldquo;On this device&rdquo; and &ldquo;remote&rdquo; come from the browser&rsquo;s own
        answers (for voices, their <code>localService</code> flag).
      </p>
    </section>
  );
}
