/** Types of the synthesis that scripts/make-audio.mjs exports for tests. */

/** Every sound by file name (without extension): a function returning its mono samples at SR Hz, in [-1, 1]. */
export declare const SOUNDS: Readonly<Record<string, () => Float32Array>>;
/** Sample rate of the synthesised samples (Hz). */
export declare const SR: number;
/** Length of every ambient loop (s). */
export declare const LOOP_S: number;
