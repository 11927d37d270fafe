import { safeFileName } from '../file-name';

/** Characters FAT and NTFS refuse in a name: a bundle is often copied to a USB key. */
const UNSAFE_ON_DISKS = /[:*?"<>|]/g;

/**
 * Names for the originals inside a bundle: safe on the disks recipients use, and unique
 * without regard to case (a FAT or macOS disk would otherwise merge two of them). A clash
 * keeps the first name and numbers the next ones before their extension.
 */
export function bundleFileNames(names: string[]): string[] {
  const taken = new Set<string>();
  return names.map((given) => {
    const safe = safeFileName(given).replace(UNSAFE_ON_DISKS, '_');
    const dot = safe.lastIndexOf('.');
    const [stem, extension] = dot > 0 ? [safe.slice(0, dot), safe.slice(dot)] : [safe, ''];
    let candidate = safe;
    for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) {
      candidate = `${stem} (${n})${extension}`;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
