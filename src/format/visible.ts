// Text that comes from a file someone shared (a lesson, a session file, a
// recording's source) made safe to print: control characters are shown as
// `cat -v` shows them (ESC as ^[, BEL as ^G, DEL as ^?, a C1 control as M-^[),
// so that no such file can set the terminal's title, clear the screen or write
// the clipboard (OSC 52). Tab and newline are kept. What a learner's own
// commands print is not passed through here: AIX prints it as it is.

const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

export function visible(text: string): string {
  return text.replace(CONTROL, (c) => {
    const n = c.charCodeAt(0);
    if (n === 0x7f) return '^?';
    if (n >= 0x80) return `M-^${String.fromCharCode(n - 0x80 + 64)}`;
    return `^${String.fromCharCode(n + 64)}`;
  });
}
