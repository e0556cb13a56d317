// Loads the interactive shell's screen (Ink and React are ES modules, and
// large): from the built program, through the loader (src/bin/cli.cjs), which
// imports dist/screen/app.mjs; from the sources (tests, tsx), directly.

declare const WPARSIM_IMPORT_APP: (() => Promise<typeof import('./app.js')>) | undefined;

export const loadApp = (): Promise<typeof import('./app.js')> => (typeof WPARSIM_IMPORT_APP === 'function' ? WPARSIM_IMPORT_APP() : import('./app.js'));
