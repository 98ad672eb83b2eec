import { useId, useState } from 'react';
import { Link } from 'wouter';
import { PageHeading } from '../../shared/page-heading';
import { DictationTool } from './dictation-tool';
import { DRILLS } from './drills';

/** Free practice: dictate anything, or choose a passage to score. */
export default function DictationPage() {
  const id = useId();
  const [drillId, setDrillId] = useState('');
  const drill = DRILLS.find((candidate) => candidate.id === drillId);
  return (
    <>
      <PageHeading>Dictation</PageHeading>
      <p className="lead">
        Speak and your words are typed. Say punctuation (“full stop”, “comma”) and commands (“new
        paragraph”, “delete that”) as you go. No microphone? Choose “Type instead of speaking” and
        type what you would say.
      </p>
      <p>
        For guided practice with steps that tick off as you go, try the{' '}
        <Link href="/exercises">dictation exercises</Link>.
      </p>
      <div className="field dictation-drill">
        <label htmlFor={`${id}-drill`}>Practice passage</label>
        <select
          id={`${id}-drill`}
          value={drillId}
          onChange={(event) => setDrillId(event.target.value)}
        >
          <option value="">None: free dictation</option>
          {DRILLS.map((option) => (
            <option key={option.id} value={option.id}>
              {option.title}
            </option>
          ))}
        </select>
      </div>
      <DictationTool storageKey="dictation:text" passage={drill?.passage} level={2} />
    </>
  );
}
