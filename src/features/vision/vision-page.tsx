import { PageHeading } from '../../shared/page-heading';
import { VisionSimulator } from './vision-simulator';

export default function VisionPage() {
  return (
    <>
      <PageHeading>Vision simulator</PageHeading>
      <p className="lead">
        See a practice scene the way some pupils might, then try what helps. Every simulation is an
        approximation of one person's experience, not a diagnosis. The controls are never simulated,
        so you can always switch it off.
      </p>
      <VisionSimulator headingLevel={2} />
    </>
  );
}
