/**
 * Entry point. HTML first: the first screen (and a direct link's first
 * choice) is drawn in the DOM before Phaser or Howler are even downloaded;
 * the renderers load afterwards and catch up from the latest state.
 */
import './ui/styles.css';
import { createAppBus, trackLatest } from './app-events.ts';
import { createI18n, isLanguage, useLanguage } from './core/i18n.ts';
import { findScenario, loadScenario } from './scenario-catalog.ts';
import { App } from './ui/app.ts';
import { showFatal } from './ui/fatal.ts';
import { browserResources } from './ui/resources.ts';
import { defaultPreferences, loadPreferences, savePreferences, type Preferences } from './ui/preferences.ts';
import { SetAside } from './ui/set-aside.ts';
import { deviceStorage, openStorage, type KeyValueStore } from './ui/storage.ts';
import { saveKey } from './ui/storage-keys.ts';
import type { Scorm12Reporter } from './lms/scorm12.ts';

/** True if this browser can create a WebGL context (Phaser 4 needs it). */
function webglAvailable(): boolean {
  try {
    const c = document.createElement('canvas');
    return !!(c.getContext('webgl2') || c.getContext('webgl'));
  } catch {
    return false;
  }
}

/** An element index.html always has; without it the page is broken (the error reaches the fatal screen or the catch of its caller). */
function requiredElement(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`index.html has no #${id} element`);
  return el;
}

// Over 60 lines: the start-up sequence in the order it runs (storage, settings, language, screens, renderers), kept in one place on purpose.
async function main(): Promise<void> {
  performance.mark('sp:main');
  const url = new URL(location.href);
  const direct = url.searchParams.get('scenario');
  // Start fetching a directly linked story at once, in parallel with everything else.
  if (direct && findScenario(direct)) void loadScenario(direct).catch(() => undefined);

  // The audience window of a group session (`?audience=<session id>`): the room's view only, no game.
  const audienceId = url.searchParams.get('audience');
  const audience = audienceId !== null && /^[a-z0-9-]{1,64}$/.test(audienceId) ? audienceId : undefined;
  const store = openStorage();
  const tabStore = openStorage(deviceStorage('sessionStorage'));
  const setAside = new SetAside(store);
  const loaded = loadPreferences(
    store,
    defaultPreferences({ languages: navigator.languages, reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches }),
  );
  // Unreadable settings are set aside (with a notice and a copy), so they cannot break the next start either.
  // (The audience window writes nothing to the device: it reads the settings and leaves them as they are.)
  if (loaded.unreadable && !audience) setAside.put('prefs', loaded.unreadable.value, loaded.unreadable.reason);
  const prefs = loaded.prefs;
  const langParam = url.searchParams.get('lang');
  if (isLanguage(langParam)) {
    prefs.language = langParam;
    // The link's language becomes the trainee's: the link's parameters are then removed from the address
    // (see below), and a reload must not switch languages. (Not in the audience window, which writes
    // nothing, nor in an LMS launch, whose address keeps its parameters.)
    if (!audience && !url.searchParams.has('lms')) savePreferences(store, prefs);
  }

  // Launched by an LMS as a SCORM 1.2 package (the manifest's launch URL says so): the LMS keeps the run.
  const scorm = url.searchParams.get('lms') === 'scorm12' && direct && findScenario(direct) ? await connectLms(direct, store, prefs) : undefined;

  const i18n = createI18n('en');
  const resources = browserResources();
  // Without its language file (offline, a failed download) the game starts in English and says so.
  let languageFailed = false;
  if (prefs.language !== 'en')
    await useLanguage(i18n, prefs.language, resources).catch(() => {
      languageFailed = true;
      prefs.language = 'en';
    });
  performance.mark('sp:i18n');
  if (audience) {
    document.documentElement.lang = prefs.language;
    document.documentElement.dataset.textSize = prefs.textSize;
    const { startAudience } = await import('./ui/screens/group-audience.ts');
    startAudience({ root: requiredElement('app'), sessionId: audience, i18n, resources, shortcuts: prefs.shortcuts });
    return;
  }
  const bus = createAppBus();
  const latest = trackLatest(bus);
  const app = new App(requiredElement('app'), { store, prefs, i18n, bus, setAside, tabStore, resources, reporters: scorm?.reporter ? [scorm.reporter] : [] });
  if (languageFailed) app.addNoticeKey('error.languageAtStart');
  if (scorm && !scorm.reporter) app.addNoticeKey('error.lmsNotFound');

  // The renderers (Phaser is ~360 KB gzipped) load only once a screen the
  // trainee acts on is drawn - after the first choice on a direct link - and
  // then in idle time, so they never delay it. Nothing waits for them.
  // "Settled" comes while that screen is still being drawn: wait for the frame
  // that paints it (rAF, then a task after it) before asking for idle time. An
  // idle callback asked for at once could run before that paint (measured with
  // 4x CPU throttling: the WebGL check alone took ~45 ms before the first choice
  // appeared).
  const later = (fn: () => void) =>
    requestAnimationFrame(() => setTimeout(() => ('requestIdleCallback' in window ? requestIdleCallback(fn, { timeout: 1000 }) : fn()), 0));
  const offSettled = bus.on('settled', () => {
    offSettled();
    later(startRenderers);
  });
  await app.boot(url);
  performance.mark('sp:booted');
  // A direct link's ?scenario= and ?lang= apply once: afterwards the saved screen and
  // language decide, so a reload resumes where the trainee is, not where the link pointed.
  // (Not in an LMS: the LMS owns its launch URL, and a reload there must launch the same item.)
  if (!scorm && (url.searchParams.has('scenario') || url.searchParams.has('lang'))) {
    url.searchParams.delete('scenario');
    url.searchParams.delete('lang');
    history.replaceState(history.state, '', url.pathname + (url.search ? url.search : '') + url.hash);
  }

  function startRenderers(): void {
    if (webglAvailable()) {
      void import('./scenes/game.ts')
        .then((m) => m.startGame(requiredElement('stage'), bus, latest))
        .catch((e) => {
          console.warn('graphics unavailable', e);
          app.addNoticeKey('error.webgl');
        });
    } else {
      app.addNoticeKey('error.webgl');
    }
    void import('./audio/sound.ts').then((m) => m.startAudio(bus, latest)).catch((e) => console.warn('audio unavailable', e));
    // Offline after this first visit (a built game served over HTTPS or localhost; not inside an LMS).
    // (MODE, not PROD: a build run under vitest has NODE_ENV=test, which turns PROD off.)
    if (import.meta.env.MODE === 'production' && !scorm && 'serviceWorker' in navigator && window.isSecureContext && location.protocol !== 'file:')
      void import('./ui/pwa.ts').then((m) => m.startServiceWorker((apply) => app.offerUpdate(apply))).catch((e) => console.warn('offline mode unavailable', e));
  }
}

/**
 * Connect to the LMS and make its data the device's save for `scenario`: the
 * LMS's suspend_data is resumed through the same path (and the same checks)
 * as a save on the device, and a first attempt starts fresh even on a shared
 * PC that holds someone else's run. Loaded on demand: only LMS launches pay for it.
 */
async function connectLms(scenario: string, store: KeyValueStore, prefs: Preferences): Promise<{ reporter?: Scorm12Reporter }> {
  const [{ connectScorm12 }, { readLaunch, Scorm12Reporter: Reporter }] = await Promise.all([
    import('./lms/scorm12-connection.ts'),
    import('./lms/scorm12.ts'),
  ]);
  const api = connectScorm12();
  if (!api) return {};
  const launch = readLaunch(api);
  if (launch.suspendData) store.set(saveKey(scenario), launch.suspendData);
  else store.remove(saveKey(scenario));
  const reporter = new Reporter(api, scenario, launch);
  // The debrief's header names the learner the LMS knows (for this page only: nothing is saved on the device).
  if (launch.learnerName && !prefs.name) prefs.name = launch.learnerName;
  // The window closes (or the LMS unloads the frame): the time spent, and the end of the LMS session.
  addEventListener('pagehide', () => reporter.terminate(), { once: true });
  return { reporter };
}

// Start-up must never leave a blank page: any error before the first screen shows the fatal screen.
let booted = false;
const fatal = (e: unknown) => {
  if (!booted) showFatal(document.getElementById('app') ?? document.body, e);
  else console.error(e);
};
window.addEventListener('error', (e) => fatal(e.error ?? e.message));
window.addEventListener('unhandledrejection', (e) => fatal(e.reason));
main().then(() => {
  booted = true;
}, fatal);
