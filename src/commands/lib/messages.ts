// AIX message texts, in one place so that a correction from a real system is a
// one-line change. Each entry says where it comes from (aix-reference.md tags):
// SOURCED / DOC / RECALLED / INFERRED. The reference leaves most 0960 message
// numbers open ("0960-xxx"); the numbers below marked "number RECALLED-low" are
// our best recollection of AIX 7 output, not verified against a system.

import type { WorldError } from '../../world/errors.js';

/** Unknown WPAR, reference 4.8 (wording RECALLED-low; number RECALLED-low). */
export const notFound = (cmd: string, name: string) => `${cmd}: 0960-419 Could not find a workload partition called ${name}.`;

/** Existing name on mkwpar, reference 3.5 (shape medium; number RECALLED-low). */
export const exists = (name: string) => `mkwpar: 0960-046 Workload partition ${name} already exists.`;

/** Invalid name, reference 3.5 (wording low; number RECALLED-low). */
export const badName = (cmd: string, name: string) => [`${cmd}: 0960-070 ${name} is not a valid workload partition name.`];

/** startwpar of a WPAR that is not Defined, reference 5.3 (wording low; number RECALLED-low). */
export const notDefined = (cmd: string, name: string) => `${cmd}: 0960-231 Workload partition ${name} is not in the 'Defined' state.`;

/** stopwpar of a WPAR that is not running, reference 6.3 (wording low; number RECALLED-low). */
export const notActive = (cmd: string, name: string) => `${cmd}: 0960-254 Workload partition ${name} is not currently active.`;

/** rmwpar of an active WPAR without -s/-F, reference 7.3 (wording low; number RECALLED-low). */
export const isActive = (cmd: string, name: string) => `${cmd}: 0960-438 Workload partition ${name} is active.`;

/** clogin to a WPAR that is not running, reference 9.3 (shape RECALLED; wording and number unknown). */
export const cloginNotActive = (name: string) => `clogin: 0960-262 Workload partition ${name} is not active.`;

/** A WPAR administration command inside a WPAR, reference 1.3/4.7 (shape certain, text INFERRED). */
export const globalOnly = (cmd: string) => `${cmd}: 0960-561 This command can only be run in the global environment.`;

/** Base directory in use, reference 3.5 (wording low; number RECALLED-low). */
export const dirNotEmpty = (cmd: string, dir: string) => `${cmd}: 0960-097 The directory ${dir} already exists and is not empty.`;

/** A malformed attribute=value argument to -N/-D/-M/-R (INFERRED). */
export const badAttribute = (cmd: string, flag: string, text: string) => `${cmd}: 0960-034 Invalid attribute specification for ${flag}: ${text}`;

/** A required attribute missing from an attribute list (INFERRED). */
export const missingAttribute = (cmd: string, flag: string, attr: string) => `${cmd}: 0960-035 The ${attr} attribute is required for ${flag}.`;

/** ksh: command not found (issue text and reference 1.1: two spaces before "not found."). */
export const kshNotFound = (name: string) => `ksh: ${name}:  not found.`;

/** Maps a domain error to the message lines a command prints. */
export function worldErrorText(cmd: string, e: WorldError): string[] {
  switch (e.code) {
    case 'wpar-not-found': return [notFound(cmd, e.name)];
    case 'wpar-exists': return [exists(e.name)];
    case 'bad-name': return badName(cmd, e.name);
    case 'not-defined': return [notDefined(cmd, e.name)];
    case 'not-active': return [notActive(cmd, e.name)];
    case 'is-active': return [isActive(cmd, e.name)];
    case 'dir-not-empty': return [dirNotEmpty(cmd, e.dir)];
    case 'bad-attribute': return [badAttribute(cmd, e.flag, e.text)];
    case 'missing-attribute': return [missingAttribute(cmd, e.flag, e.attr)];
  }
}

/** wparsim's own plain notice for a real AIX command or flag it does not simulate yet. */
export const notYet = (what: string) => `wparsim: ${what} is not supported yet`;
