/**
 * A short fingerprint of some text or bytes (CRC-32, hex): enough to tell a changed file from the
 * one a build or an earlier run saw, not a defence against anyone forging one.
 */
import zlib from 'node:zlib';

export function checksum(data: string | Buffer): string {
  return zlib.crc32(data).toString(16);
}
