/**
 * Folds a name for matching: "São Paulo", "sao paulo" and "Sao-Paulo" all become "saopaulo".
 * Case, accents, punctuation and spacing are ignored; letters of any script are kept.
 */
export function foldForMatch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]/gu, '');
}
