// What savewpar, lssavewpar and restwpar share: restore's complaint about a
// device that holds no image.

import { type BackupError, isTape } from '../../world/backup.js';
import { ERRNO } from './files.js';
import { cannotOpen, cannotReadMedia, notBackupFormat } from './messages.js';

/** restore's complaint about a device that holds no image. */
export function imageErrorLines(cmd: string, e: BackupError, device: string): string[] {
  if (e.code === 'bad-image') return [notBackupFormat(device)];
  return [isTape(device) ? cannotReadMedia(device) : cannotOpen(cmd, device, ERRNO.ENOENT)];
}
