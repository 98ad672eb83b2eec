import { Link } from 'wouter';
import { PageHeading } from './page-heading';

export function NotFoundPage() {
  return (
    <>
      <PageHeading>Page not found</PageHeading>
      <p>
        There is no page at this address. It may have been mistyped, or the link may be from a newer
        version of the app.
      </p>
      <p>
        <Link href="/exercises">Browse the exercises</Link> or go to the{' '}
        <Link href="/">home page</Link>.
      </p>
    </>
  );
}
