/**
 * A lower-case ASCII id part: accents dropped, anything else between letters and digits becomes one hyphen.
 *
 * @example slug("Tamim bin Hamad Al Thani") // "tamim-bin-hamad-al-thani"
 */
export function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
