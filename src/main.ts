/**
 * Entry point. HTML first: the first screen (and a direct link's first
 * choice) is drawn in the DOM before Phaser or Howler are even downloaded;
 * the renderers load afterwards and catch up from the latest state.
 */
import { createAppBus, trackLatest } from './app-events.ts';
import { createI18n, isLanguage, useLanguage } from './core/i18n.ts';
import { takeHandover } from './first-screen/handover.ts';
import { findScenario, loadScenario } from './scenario-catalog.ts';
import { App } from './ui/app.ts';
import { showFatal } from './ui/fatal.ts';
import { browserResources } from './ui/resources.ts';
import { defaultPreferences, loadPreferences, savePreferences } from './ui/preferences.ts';
import { SetAside } from './ui/set-aside.ts';
import { deviceStorage, openStorage, type KeyValueStore } from './ui/storage.ts';
import { saveKey } from './ui/storage-keys.ts';
import type { Scorm12Reporter } from './lms/scorm12.ts';
import { launchOrigins, originsBlocked, readLaunchParameters, type LaunchReading } from './lms/xapi-launch.ts';
import type { XapiReporter } from './lms/xapi-reporter.ts';

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
  // A direct link's first screen, drawn before this module loaded (src/first-screen/start.ts): the app takes it over.
  const handover = takeHandover();
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
  const scorm = url.searchParams.get('lms') === 'scorm12' && direct && findScenario(direct) ? await connectLms(direct, store) : undefined;
  // Launched through cmi5, or pointed at an LRS by a trainer (README, "xAPI and cmi5"). Without launch parameters: no xAPI code, no request.
  const lrsLaunch = readLaunchParameters(url.searchParams);
  const xapi = lrsLaunch
    ? await connectLrs(lrsLaunch, direct && findScenario(direct) ? direct : undefined, store, tabStore, setAside, prefs.language)
    : undefined;
  // The LMS owns the launch URL (a reload must launch the same item) and the window: no URL clean-up, no service worker.
  const lms = !!scorm || lrsLaunch?.kind === 'cmi5';

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
  const app = new App(requiredElement('app'), {
    store,
    prefs,
    i18n,
    bus,
    setAside,
    tabStore,
    resources,
    learnerName: scorm?.learnerName,
    handover,
    reporters: [...(scorm?.reporter ? [scorm.reporter] : []), ...(xapi?.reporter ? [xapi.reporter] : [])],
  });
  if (languageFailed) app.addNoticeKey('error.languageAtStart');
  if (scorm && !scorm.reporter) app.addNoticeKey('error.lmsNotFound');
  if (xapi?.notice) app.addNoticeKey(xapi.notice.key, xapi.notice.params);
  // cmi5: leaving the debrief ends the activity - terminated, then back to the LMS (its returnURL) if it gave one.
  const exitLrs = xapi?.exit;
  if (exitLrs) {
    let debriefShown = false;
    bus.on('screen', (s) => {
      if (s.name === 'debrief') debriefShown = true;
      else if (debriefShown) void exitLrs();
    });
  }

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
  await app.boot(url, handover);
  performance.mark('sp:booted');
  // A direct link's ?scenario= and ?lang= apply once: afterwards the saved screen and
  // language decide, so a reload resumes where the trainee is, not where the link pointed.
  // (Not in an LMS: the LMS owns its launch URL, and a reload there must launch the same item.)
  if (!lms && (url.searchParams.has('scenario') || url.searchParams.has('lang'))) {
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
    if (import.meta.env.MODE === 'production' && !lms && 'serviceWorker' in navigator && window.isSecureContext && location.protocol !== 'file:')
      void import('./ui/pwa.ts').then((m) => m.startServiceWorker((apply) => app.offerUpdate(apply))).catch((e) => console.warn('offline mode unavailable', e));
  }
}

/**
 * Connect to the LMS and make its data the device's save for `scenario`: the
 * LMS's suspend_data is resumed through the same path (and the same checks)
 * as a save on the device, and a first attempt starts fresh even on a shared
 * PC that holds someone else's run. Loaded on demand: only LMS launches pay for it.
 */
async function connectLms(scenario: string, store: KeyValueStore): Promise<{ reporter?: Scorm12Reporter; learnerName?: string }> {
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
  // The window closes (or the LMS unloads the frame): the time spent, and the end of the LMS session.
  addEventListener('pagehide', () => reporter.terminate(), { once: true });
  // The learner the LMS knows names the trainee on the debrief (see AppDeps.learnerName: never saved on the device).
  return { reporter, learnerName: launch.learnerName || undefined };
}

/** `text` as an absolute http(s) URL (the only kind the game navigates to), or undefined. */
function httpUrl(text: string | undefined): string | undefined {
  if (!text) return undefined;
  try {
    const u = new URL(text, location.href);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** The page's Content Security Policy (the <meta> every build writes), if any. */
function pagePolicy(): string | undefined {
  return document.querySelector<HTMLMetaElement>('meta[http-equiv="Content-Security-Policy"]')?.content;
}

/**
 * Start reporting to an LRS: through cmi5 (`scenario` is the AU's) or to an
 * LRS a trainer configured (every scenario). Statements wait in the device's
 * outbox until they are sent: offline, they go when the network returns.
 * An LRS the page's security policy does not allow is named in a notice
 * (the game must be rebuilt with it: README, "xAPI and cmi5"), and nothing
 * is attempted. Loaded on demand: only LRS launches pay for the libraries.
 */
// About 65 lines: the launch in the order it happens (checks, outbox, session, reporter, its end), kept in one place on purpose.
async function connectLrs(
  launch: Exclude<LaunchReading, undefined>,
  scenario: string | undefined,
  store: KeyValueStore,
  tabStore: KeyValueStore,
  setAside: SetAside,
  language: string,
): Promise<{ reporter?: XapiReporter; notice?: { key: string; params?: Record<string, string> }; exit?: () => Promise<void> }> {
  const failed = (detail: string) => ({ notice: { key: 'error.lrsLaunch', params: { detail } } });
  if (launch.kind === 'invalid') return failed(launch.reason);
  if (launch.kind === 'cmi5' && !scenario) return failed('no scenario in the launch URL');
  const blocked = originsBlocked(pagePolicy(), launchOrigins(launch), location.origin);
  const blockedNotice = { key: 'error.lrsBlocked', params: { origin: blocked.join(' ') } };
  // Without the LMS's launch data (fetched from the blocked origin) a cmi5 statement cannot be written at all.
  if (blocked.length && launch.kind === 'cmi5') return { notice: blockedNotice };
  const [{ StatementQueue }, { XapiReporter: Reporter }, connection] = await Promise.all([
    import('./lms/xapi-queue.ts'),
    import('./lms/xapi-reporter.ts'),
    import('./lms/xapi-connection.ts'),
  ]);
  const queue = new StatementQueue({
    store,
    key: connection.queueKey(launch),
    onProblem: (p) => (p.kind === 'corrupt' ? setAside.put(p.key, p.value, p.reason) : console.warn('the LRS refused a statement:', p.reason, p.statement)),
  });
  let session;
  try {
    session =
      launch.kind === 'cmi5' ? await connection.startCmi5(launch, tabStore, language) : await connection.startXapi(launch, store, location.href, language);
  } catch (e) {
    console.warn('LRS launch failed', e);
    return failed(e instanceof Error ? e.message : String(e));
  }
  const reporter = new Reporter(session.launch, queue, {
    scenario: launch.kind === 'cmi5' ? scenario : undefined,
    launchMode: session.launchMode,
    initialized: session.initialized,
    startedAt: session.startedAt,
  });
  // Blocked by the policy: statements are kept on the device, never attempted.
  if (blocked.length) return { reporter, notice: blockedNotice };
  void queue.connect(session.sender);
  addEventListener('online', () => void queue.flush());
  // cmi5, a reload after the session was terminated: what waits in the outbox is sent; nothing new is reported.
  if (session.ended) return { notice: { key: 'error.lrsEnded' } };
  if (scenario && launch.kind === 'cmi5') reporter.start(scenario);
  const end = () => {
    void reporter.terminate();
    if (launch.kind === 'cmi5') connection.endCmi5Session(tabStore, launch);
  };
  // The window closes (or the LMS unloads the frame): terminated, the last statement of the session,
  // goes with everything still unsent in one request that outlives the page (they also stay in the
  // outbox until a later launch confirms them).
  addEventListener(
    'pagehide',
    () => {
      end();
      queue.sendWhileLeaving();
    },
    { once: true },
  );
  const returnUrl = httpUrl(session.returnUrl);
  const exit = async () => {
    end();
    await queue.flush();
    if (returnUrl && queue.unsent.length === 0) location.assign(returnUrl);
  };
  return { reporter, exit: launch.kind === 'cmi5' ? exit : undefined };
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
