// Domain errors: what a world transition can refuse, as typed values. The
// command that asked maps each one to AIX's message text (commands/messages.ts);
// world/ never formats text for the user.

export type WorldError =
  | { code: 'wpar-not-found'; name: string }
  | { code: 'wpar-exists'; name: string }
  | { code: 'bad-name'; name: string }
  | { code: 'not-defined'; name: string; state: string }
  | { code: 'not-active'; name: string }
  | { code: 'is-active'; name: string }
  | { code: 'dir-not-empty'; dir: string }
  | { code: 'bad-attribute'; flag: string; text: string }
  | { code: 'missing-attribute'; flag: string; attr: string }
  | { code: 'device-not-found'; dev: string }
  | { code: 'device-in-vg'; dev: string; vg: string }
  | { code: 'device-allocated'; dev: string; wpar: string }
  | { code: 'rootvg-overwrite'; dev: string }
  | { code: 'broken'; name: string }
  | { code: 'vg-not-removed'; dev: string; vg: string }
  | { code: 'device-exported'; dev: string; wpar: string }
  | { code: 'device-not-allocated'; dev: string; wpar: string }
  | { code: 'rootvg-device'; dev: string; wpar: string }
  | { code: 'device-busy'; dev: string; wpar: string }
  | { code: 'not-rootvg-wpar'; name: string }
  | { code: 'cfg-not-found'; dev: string }
  | { code: 'vg-exists'; vg: string }
  | { code: 'vg-not-found'; vg: string }
  | { code: 'vg-open'; vg: string }
  | { code: 'pv-not-found'; dev: string }
  | { code: 'pv-in-vg'; dev: string }
  | { code: 'pv-no-vg'; dev: string }
  | { code: 'vg-active'; vg: string }
  | { code: 'address-in-use'; address: string; by: string }
  | { code: 'address-not-found'; address: string; name: string }
  | { code: 'address-exists'; address: string; name: string };

export type Result<T> = { ok: true; value: T } | { ok: false; error: WorldError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: WorldError): Result<T> => ({ ok: false, error });
