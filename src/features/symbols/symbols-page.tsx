import { PageHeading } from '../../shared/page-heading';
import { SymbolsTool } from './symbols-tool';

export default function SymbolsPage() {
  return (
    <>
      <PageHeading>Symbols</PageHeading>
      <p className="lead">
        A talking symbol board, as some children use to communicate. Press symbols to build a
        message, then speak it. Symbols support a child's own way of communicating; they never
        replace it. Plan a child's board with their speech and language therapist.
      </p>
      <SymbolsTool headingLevel={2} />
    </>
  );
}
