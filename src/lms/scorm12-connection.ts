/**
 * The real SCORM 1.2 connection: finds the LMS's `API` object in the window's
 * parents or opener (the pipwerks algorithm, via @gamestdio/scorm) and starts
 * the session (LMSInitialize). Loaded only when the page is launched as a
 * SCORM package (`?lms=scorm12`, set by the package's manifest).
 */
import { scorm } from '@gamestdio/scorm';
import type { LmsApi } from './scorm12.ts';

/** Connect to the LMS, or undefined when no SCORM 1.2 API answers (the package opened outside an LMS). */
export function connectScorm12(): LmsApi | undefined {
  // Version fixed to 1.2; exit mode, completion status and debug logging are handled here, not by the wrapper.
  scorm.configure({ version: '1.2' });
  if (!scorm.initialize()) return undefined;
  return {
    get: (element) => scorm.get(element) ?? '',
    set: (element, value) => scorm.set(element, value),
    commit: () => scorm.commit(),
    finish: () => scorm.terminate(),
  };
}

export type { LmsApi };
