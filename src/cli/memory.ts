// Long runs (a replayed session of thousands of commands, piped input, an
// interactive shell left open) keep V8's young generation at its first size.
// By default V8 doubles it each time enough objects have survived its
// collections, up to 2 x 16 MB here, which is most of the difference between
// wparsim's peak memory and a bare node's; the engine's garbage is short-lived,
// so a small young generation costs little time (npm run bench: the 10,000-
// command replay goes from about 85 to about 71 MB at the same speed).
// --max-semi-space-size would be the documented way, but a V8 flag on the
// command line makes Node compile its built-in modules afresh (about 12 ms of
// every start); the growth factor is read each time the space would grow, so
// it can be set once the program runs. It must stay at least 1 (0 crashes V8).

import { setFlagsFromString } from 'node:v8';

export function keepYoungGenerationSmall(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
}
