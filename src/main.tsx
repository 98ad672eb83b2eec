import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './styles/app.css';
import exercises from 'virtual:exercises';
import { createRoot } from 'react-dom/client';
import { useHashLocation } from 'wouter/use-hash-location';
import { App } from './app/app';
import { boundedLocation } from './app/bounded-location';
import { allChecks } from './domain/checks/all-checks';
import { createBrowserEngines } from './engines/create-engines';
import { createAppStore } from './store/create-app-store';
import { loadPacks } from './store/packs-slice';

async function start() {
  const engines = await createBrowserEngines(window);
  const packs = await loadPacks({ engines });
  const store = createAppStore({ engines, exercises, packs, checks: allChecks });
  // Wait for saved settings and progress so the first paint is already in the person's theme.
  if (!store.persist.hasHydrated()) {
    await new Promise<void>((resolve) => store.persist.onFinishHydration(() => resolve()));
  }
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element.');
  createRoot(container).render(
    <App
      store={store}
      engines={engines}
      locationHook={boundedLocation(useHashLocation)}
      hrefs={(href) => `#${href}`}
    />,
  );
}

void start();
