/**
 * Unit-test setup: the ink runtime is imported at once in Node, as at build
 * time (the browser loads it on demand: src/core/ink-engine.ts).
 */
import { Story } from 'inkjs';
import { provideInkEngine } from '../src/core/ink-engine.ts';

provideInkEngine(Story);
