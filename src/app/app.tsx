import { lazy, Suspense } from 'react';
import type { BaseLocationHook } from 'wouter';
import { Route, Router, Switch, useLocation } from 'wouter';
import type { Engines } from '../engines/create-engines';
import { ActiveExerciseBanner } from '../features/exercises/active-exercise-banner';
import { HomePage } from '../features/home/home-page';
import { AnnouncerProvider } from '../shared/announcer';
import { CaptionsProvider } from '../shared/captions';
import { EnginesProvider } from '../shared/engines-context';
import { NotFoundPage } from '../shared/not-found-page';
import { type ToolPanels, ToolPanelsContext } from '../shared/tool-slot';
import type { AppStore } from '../store/create-app-store';
import { StoreProvider } from '../store/store-context';
import { Layout } from './layout';
import { CaptionStrip, PresenterBar } from './presenter-bar';
import { UpdatePrompt } from './update-prompt';
import { useApplySettings } from './use-apply-settings';

/** Tool panels shown inside exercises of that tool; each tool adds itself here. */
const TOOL_PANELS: ToolPanels = {
  dictation: lazy(() => import('../features/dictation/dictation-panel')),
  magnifier: lazy(() => import('../features/magnifier/magnifier-panel')),
  'read-aloud': lazy(() => import('../features/read-aloud/read-aloud-panel')),
  vision: lazy(() => import('../features/vision/vision-panel')),
  captions: lazy(() => import('../features/captions/captions-panel')),
  symbols: lazy(() => import('../features/symbols/symbols-panel')),
};

// Everything but the home page loads on first visit to its route, to keep the first paint light.
const CataloguePage = lazy(() => import('../features/exercises/catalogue-page'));
const ExercisePage = lazy(() => import('../features/exercises/exercise-page'));
const ProgressPage = lazy(() => import('../features/progress/progress-page'));
const SettingsPage = lazy(() => import('../features/settings/settings-page'));
const TrainerPage = lazy(() => import('../features/trainer/trainer-page'));
const PrivacyPage = lazy(() => import('../features/privacy/privacy-page'));
const DictationPage = lazy(() => import('../features/dictation/dictation-page'));
const MagnifierPage = lazy(() => import('../features/magnifier/magnifier-page'));
const ReadAloudPage = lazy(() => import('../features/read-aloud/read-aloud-page'));
const VisionPage = lazy(() => import('../features/vision/vision-page'));
const CaptionsPage = lazy(() => import('../features/captions/captions-page'));
const SymbolsPage = lazy(() => import('../features/symbols/symbols-page'));
const CaptionsPupilView = lazy(() => import('../features/captions/pupil-view-page'));

function Routes() {
  const [location] = useLocation();
  useApplySettings();
  // The captions pupil view is a second window showing the captions only: no header, no nav.
  if (location === '/captions/pupil') {
    return (
      <Suspense fallback={null}>
        <CaptionsPupilView />
      </Suspense>
    );
  }
  return (
    <Layout
      banner={
        <>
          <UpdatePrompt />
          <PresenterBar />
          <ActiveExerciseBanner />
        </>
      }
    >
      <Suspense fallback={<p className="loading">Loading…</p>}>
        {/* Keyed by location so every page change mounts a fresh page (and its heading takes focus). */}
        <Switch key={location}>
          <Route path="/" component={HomePage} />
          <Route path="/exercises" component={CataloguePage} />
          <Route path="/exercises/:id">{(params) => <ExercisePage id={params.id} />}</Route>
          <Route path="/progress" component={ProgressPage} />
          <Route path="/settings" component={SettingsPage} />
          <Route path="/trainer" component={TrainerPage} />
          <Route path="/privacy" component={PrivacyPage} />
          <Route path="/tools/dictation" component={DictationPage} />
          <Route path="/tools/read-aloud" component={ReadAloudPage} />
          <Route path="/tools/magnifier" component={MagnifierPage} />
          <Route path="/tools/vision" component={VisionPage} />
          <Route path="/tools/captions" component={CaptionsPage} />
          <Route path="/tools/symbols" component={SymbolsPage} />
          <Route component={NotFoundPage} />
        </Switch>
      </Suspense>
      <CaptionStrip />
    </Layout>
  );
}

export interface AppProps {
  store: AppStore;
  engines: Engines;
  locationHook: BaseLocationHook;
  hrefs?: (href: string) => string;
}

export function App({ store, engines, locationHook, hrefs }: AppProps) {
  return (
    <EnginesProvider engines={engines}>
      <StoreProvider store={store}>
        <AnnouncerProvider>
          <CaptionsProvider>
            <ToolPanelsContext.Provider value={TOOL_PANELS}>
              <Router hook={locationHook} {...(hrefs ? { hrefs } : {})}>
                <Routes />
              </Router>
            </ToolPanelsContext.Provider>
          </CaptionsProvider>
        </AnnouncerProvider>
      </StoreProvider>
    </EnginesProvider>
  );
}
