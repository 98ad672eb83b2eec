import type { Exercise } from '../../domain/exercises/schema';
import { SymbolsTool } from './symbols-tool';

/** The symbol board inside a symbols exercise. */
export default function SymbolsPanel(_props: { exercise: Exercise }) {
  return (
    <section className="symbols-panel" aria-labelledby="symbols-panel-heading">
      <h2 id="symbols-panel-heading">Symbol board</h2>
      <SymbolsTool headingLevel={3} />
    </section>
  );
}
