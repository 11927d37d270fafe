const MARKS = /\p{M}/gu;

/**
 * Text folded for matching: lower case, accents dropped ("Écran" → "ecran"). `origin[i]` is
 * where folded character `i` came from, so a match can be shown in the original text.
 */
export function foldWithOrigin(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let offset = 0;
  for (const char of text) {
    const plain = char.normalize('NFD').replace(MARKS, '').toLowerCase();
    for (let i = 0; i < plain.length; i += 1) origin.push(offset);
    folded += plain;
    offset += char.length;
  }
  origin.push(offset);
  return { folded, origin };
}

export function fold(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').toLowerCase();
}
