declare module 'archiver-zip-encrypted' {
  import type { Transform } from 'node:stream';
  /** archiver's format module for AES-256 and ZipCrypto ZIPs. */
  const zipEncrypted: (options: unknown) => Transform;
  export default zipEncrypted;
}
