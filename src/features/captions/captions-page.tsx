import { Link } from 'wouter';
import { PageHeading } from '../../shared/page-heading';
import { CaptionsTool } from './captions-tool';

/** Free practice: live captions of whatever is said (or typed). */
export default function CaptionsPage() {
  return (
    <>
      <PageHeading>Live captions</PageHeading>
      <p className="lead">
        Speak and your words appear as large captions, for a pupil who is deaf or hard of hearing.
        Open the pupil view on a second screen or the projector. No microphone? Choose &ldquo;Type
        instead of speaking&rdquo;.
      </p>
      <p>
        Captions help alongside, never instead of, a communication support worker, British Sign
        Language or a radio aid: ask the pupil&rsquo;s Teacher of the Deaf what they need. For
        guided practice, try the <Link href="/exercises">captions exercises</Link>.
      </p>
      <CaptionsTool level={2} />
    </>
  );
}
