import type { Exercise } from '../../domain/exercises/schema';
import { ReadAloudTool } from './read-aloud-tool';

/** The Read aloud tool inside a read-aloud exercise, under its steps. */
export default function ReadAloudPanel(_props: { exercise: Exercise }) {
  return (
    <section aria-label="Read aloud tool" className="tool-panel">
      <ReadAloudTool />
    </section>
  );
}
