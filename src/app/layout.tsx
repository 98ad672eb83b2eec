import {
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  useEffect,
  useRef,
  useState,
} from 'react';
import { Link, useLocation } from 'wouter';
import { useEngines } from '../shared/engines-context';
import { APP_NAME, NavigatedContext } from '../shared/page-heading';
import { StorageAlert } from '../shared/storage-alert';
import { useAppStore } from '../store/store-context';
import { NAV_ITEMS } from './nav-items';
import { useInputModality } from './use-input-modality';
import './reflow.css';
import './site-menu.css';

function isCurrent(location: string, href: string): boolean {
  return location === href || location.startsWith(`${href}/`);
}

export function Layout({ banner, children }: { banner?: ReactNode; children: ReactNode }) {
  const [location] = useLocation();
  const { storage } = useEngines();
  const emit = useAppStore((state) => state.emit);
  const modality = useInputModality();
  const [firstLocation] = useState(location);
  const navigated = useRef(false);
  // Set during render, before the new page's heading runs its focus effect.
  if (location !== firstLocation) navigated.current = true;

  useEffect(() => {
    if (!navigated.current) return;
    emit({ type: 'shell/navigated', path: location, via: modality.current });
    modality.current = 'other';
  }, [location, emit, modality]);

  // Narrow screens only: the menu folds away again when a page is chosen.
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: closes on every change of page
  useEffect(() => setMenuOpen(false), [location]);
  const closeMenuOnEscape = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || !menuOpen) return;
    setMenuOpen(false);
    menuButton.current?.focus();
  };

  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    // A plain "#main" would be taken as a route by the hash router.
    event.preventDefault();
    document.getElementById('main')?.focus();
  };

  return (
    <NavigatedContext.Provider value={navigated}>
      {/* biome-ignore lint/a11y/useValidAnchor: a skip link is a link; onClick only stops the hash router taking "#main" as a route. */}
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to main content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link href="/" className="brand">
            {APP_NAME}
          </Link>
          <button
            ref={menuButton}
            type="button"
            className="menu-button"
            aria-expanded={menuOpen}
            aria-controls="main-nav"
            onClick={() => setMenuOpen((open) => !open)}
          >
            <span className="menu-button__icon" aria-hidden="true" />
            Menu
          </button>
          <nav
            aria-label="Main"
            className="main-nav"
            id="main-nav"
            data-open={menuOpen}
            onKeyDown={closeMenuOnEscape}
          >
            <ul>
              {NAV_ITEMS.map((item) => (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    aria-current={isCurrent(location, item.href) ? 'page' : undefined}
                  >
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      {!storage.durable && (
        <div className="notice notice--warning" role="alert">
          This browser is not letting the app save anything, so your progress will be lost when you
          close this tab. To keep it, leave private browsing or allow this site to store data.
        </div>
      )}
      <StorageAlert />
      {banner}
      <main id="main" tabIndex={-1} className="main">
        {children}
      </main>
      <footer className="site-footer">
        <p>
          Everything you do here stays on this device: nothing is sent or collected. You can{' '}
          <Link href="/progress">see or delete your data</Link> at any time.{' '}
          <Link href="/privacy">Privacy and data protection</Link>
        </p>
      </footer>
    </NavigatedContext.Provider>
  );
}
