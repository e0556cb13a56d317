// Quoting a word for a ksh command line: as it is when it has nothing
// special, else in single quotes (a quote inside becomes '\'').

export const quoteWord = (word: string): string => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`);

/** The command line that runs argv: one word is a whole line (clogin NAME 'a; b'), several are quoted and joined. */
export const commandLine = (argv: readonly string[]): string => (argv.length === 1 ? argv[0]! : argv.map(quoteWord).join(' '));
