import { PageHeading } from '../../shared/page-heading';
import { ReadAloudTool } from './read-aloud-tool';

export default function ReadAloudPage() {
  return (
    <>
      <PageHeading>Read aloud</PageHeading>
      <p className="lead">
        Turn a photo of a printed page into text (OCR, optical character recognition), check it, and
        hear it read aloud with each word highlighted. Everything happens on this device: pictures
        and text are never sent anywhere.
      </p>
      <ReadAloudTool />
    </>
  );
}
