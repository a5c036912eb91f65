/**
 * The service worker (vite-plugin-pwa, Workbox): the game installable and
 * working offline after a first visit over HTTPS or localhost. Registered
 * after the first screen is up, never in an LMS or from a folder. A new
 * version waits until the trainee asks for it (or every tab of the game is
 * closed); it is never swapped in under someone in mid-scenario.
 */
import { registerSW } from 'virtual:pwa-register';

/**
 * Register the service worker.
 * @param onUpdate called once a new version is waiting, with the function that switches to it (reloading the page)
 */
export function startServiceWorker(onUpdate: (apply: () => void) => void): void {
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () => onUpdate(() => void update(true)),
  });
}
