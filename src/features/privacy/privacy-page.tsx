import './privacy.css';
import { Link } from 'wouter';
import { PageHeading } from '../../shared/page-heading';
import { DataFlows } from './data-flows';
import { StorageUsage } from './storage-usage';

/**
 * What happens to voice, photos and text, in words a school's data-protection
 * lead can paste into a data-protection impact assessment (DPIA).
 */
export default function PrivacyPage() {
  return (
    <>
      <PageHeading>Privacy and data protection</PageHeading>
      <p className="lead">
        The app collects nothing and sends nothing. Everything you type, dictate or photograph is
        processed in this browser, on this device, and stored only here until you delete it.
      </p>

      <DataFlows />

      <section aria-labelledby="dpia-heading">
        <h2 id="dpia-heading">Summary for a data-protection impact assessment</h2>
        <dl className="dpia">
          <dt>Controller and processors</dt>
          <dd>
            The school is the controller. The app has no server, accounts, analytics or third-party
            scripts: it is static files served by the school (or any web host), so the app itself
            processes no personal data off the device.
          </dd>
          <dt>Personal data on the device</dt>
          <dd>
            Settings; which exercise steps were done and when; reflections; text typed or dictated
            in the dictation tool; photos of worksheets and the text read from them. All of it is
            held in the browser&rsquo;s IndexedDB storage for this site, on this device.
          </dd>
          <dt>Data that can leave the device</dt>
          <dd>
            Only when a person chooses &ldquo;Browser speech recognition&rdquo; in the dictation
            tool on a browser without on-device recognition: the browser then streams the microphone
            audio to its maker&rsquo;s speech service (for example Google for Chrome). The app asks
            first and offers &ldquo;Type instead&rdquo;. Voices marked &ldquo;remote&rdquo; in the
            Voice list send the text being read to the voice&rsquo;s service. The built-in voice,
            OCR, magnifier and vision simulator never send anything.
          </dd>
          <dt>Special category data</dt>
          <dd>
            Staff should not dictate or photograph pupils&rsquo; personal or health information
            while practising: use the sample worksheets and passages.
          </dd>
          <dt>Retention and deletion</dt>
          <dd>
            Data stays until someone deletes it: &ldquo;Clear my data&rdquo; (below, and on the
            Progress page) removes everything; in presenter mode, &ldquo;Reset for the next
            person&rdquo; removes the session&rsquo;s text, images and progress. Clearing the
            browser&rsquo;s site data does the same.
          </dd>
          <dt>Shared machines</dt>
          <dd>
            Use presenter mode&rsquo;s reset between people, or a guest browser profile, so the next
            person does not see someone else&rsquo;s text or progress.
          </dd>
        </dl>
      </section>

      <StorageUsage />

      <section aria-labelledby="delete-heading">
        <h2 id="delete-heading">Delete your data</h2>
        <p>
          <Link href="/progress">Go to Progress</Link> and choose &ldquo;Clear my data&rdquo;: it
          asks you to confirm, then deletes everything this app stored in this browser.
        </p>
      </section>
    </>
  );
}
