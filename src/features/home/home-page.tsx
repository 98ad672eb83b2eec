import { Link } from 'wouter';
import { PageHeading } from '../../shared/page-heading';
import { useAppStore } from '../../store/store-context';

const FIRST_EXERCISE = 'getting-started';

export function HomePage() {
  const first = useAppStore((state) => state.catalogue.find((e) => e.id === FIRST_EXERCISE));
  const count = useAppStore((state) => state.catalogue.length);
  return (
    <>
      <PageHeading title="Home">Practise assistive technology, safely</PageHeading>
      <p className="lead">
        Try the tools your pupils use, in short guided exercises, until you feel confident showing
        them to a class. Made for teachers, teaching assistants, early-years practitioners,
        trainers, and pupils working alongside them.
      </p>
      <div className="home-actions">
        {first && (
          <Link href={`/exercises/${first.id}`} className="button button--large">
            Start here: {first.title} ({first.minutes} minutes)
          </Link>
        )}
        <Link href="/exercises" className="button button--large button--secondary">
          {count === 1 ? 'Browse the exercise' : `Browse all ${count} exercises`}
        </Link>
      </div>
      <section aria-labelledby="privacy-heading" className="home-section">
        <h2 id="privacy-heading">Private by design</h2>
        <p>
          Everything you type, record or photograph stays in this browser on this device. The app
          has no accounts and sends nothing anywhere. Your progress is kept here so you can print a
          CPD record, and you can delete it at any time from <Link href="/progress">Progress</Link>.
        </p>
      </section>
      <section aria-labelledby="keyboard-heading" className="home-section">
        <h2 id="keyboard-heading">Works your way</h2>
        <p>
          Every exercise can be done with a keyboard alone. Change the theme and text size in{' '}
          <Link href="/settings">Settings</Link>; your browser&rsquo;s zoom works everywhere too.
        </p>
      </section>
    </>
  );
}
