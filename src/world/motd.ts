// The default AIX /etc/motd (reference 1.4, SOURCED sample of 7.2, version
// number changed to 7.3 as the reference says it does). A system WPAR gets a
// copy at creation, so clogin shows the same banner.

export function motd(version: string): string[] {
  const star = '*'.repeat(79);
  const row = (text: string) => `*  ${text}`.padEnd(78) + '*';
  const blank = row('');
  return [
    star,
    blank,
    blank,
    row(`Welcome to AIX Version ${version}!`),
    blank,
    blank,
    row('Please see the README file in /usr/lpp/bos for information pertinent to'),
    row('this release of the AIX Operating System.'),
    blank,
    blank,
    star,
  ];
}

/** "7.3" from an oslevel -s string ("7300-02-01-2346"). */
export const versionOf = (level: string) => `${level[0]}.${level[1]}`;
