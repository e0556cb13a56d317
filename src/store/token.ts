// A short random hex token for the names of temporary files and locks and for
// the store's generation. Math.random (seeded by V8 from the system's entropy
// for each process) rather than node:crypto, whose loading costs about 4 ms of
// every start-up: the names need to be unguessable in practice and unique, not
// secret (the files are created exclusively, so a guessed name only fails).

const hex8 = () =>
  Math.floor(Math.random() * 0x100000000)
    .toString(16)
    .padStart(8, '0');

/** `bytes` random bytes as hex (4 or 8 used here). */
export const randomHex = (bytes: 4 | 6 | 8): string => (hex8() + hex8()).slice(0, bytes * 2);
