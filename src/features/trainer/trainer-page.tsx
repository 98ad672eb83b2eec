import { useCallback, useState } from 'react';
import { Link } from 'wouter';
import type { Exercise } from '../../domain/exercises/schema';
import { PageHeading } from '../../shared/page-heading';
import { useAppStore } from '../../store/store-context';
import { PacksSection } from './packs-section';
import { SessionPlanSection } from './session-plan-section';
import './trainer.css';

export default function TrainerPage() {
  const catalogue = useAppStore((state) => state.catalogue);
  const [chosen, setChosen] = useState<Exercise[]>([]);
  const onChosenChange = useCallback((exercises: Exercise[]) => setChosen(exercises), []);
  return (
    <>
      <PageHeading>For trainers</PageHeading>
      <p className="lead no-print">
        Plan a session, hand participants a link or QR code to each exercise, and share exercises as
        packs. For the projector, turn on <Link href="/settings">presenter mode</Link>.
      </p>
      <SessionPlanSection catalogue={catalogue} onChosenChange={onChosenChange} />
      <PacksSection chosen={chosen} />
    </>
  );
}
