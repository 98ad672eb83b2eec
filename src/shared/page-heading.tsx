import { createContext, type ReactNode, useContext, useEffect, useRef } from 'react';

export const APP_NAME = 'AT Practice Sandbox';

/** True once the person has moved from the first page they opened. */
export const NavigatedContext = createContext<{ current: boolean }>({ current: false });

/**
 * The page's one `<h1>`. It names the page in the window title and, after a
 * route change (not on first load), takes focus so that screen-reader and
 * keyboard users start at the top of the new page.
 */
export function PageHeading({ children, title }: { children: ReactNode; title?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const navigated = useContext(NavigatedContext);
  const text = title ?? (typeof children === 'string' ? children : '');
  useEffect(() => {
    document.title = text ? `${text} – ${APP_NAME}` : APP_NAME;
  }, [text]);
  useEffect(() => {
    if (navigated.current) ref.current?.focus();
  }, [navigated]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
