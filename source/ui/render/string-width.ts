// The same numbers as the `string-width` package (Ink measures every line of every frame with it),
// computed fast: a string made only of "simple" characters — printable ASCII and the narrow
// symbols the UI draws with (box lines, bullets, arrows), styled or not — is as wide as it is long. Whether a
// character is simple is asked of string-width itself once per code point and remembered, so the
// answer is exact by construction. Anything else goes to string-width, remembered per string.
// The build points Ink's `string-width` imports here (scripts/ink-fast-paths.mjs).
import realStringWidth from 'string-width';

type Options = Parameters<typeof realStringWidth>[1];

const unknown = 0;
const simple = 1;
const complex = 2;
const kinds = new Uint8Array(0x1_00_00);
const segmenter = new Intl.Segmenter();

const segmentCount = (text: string) => {
	let count = 0;
	for (const _ of segmenter.segment(text)) count++;
	return count;
};

/**
 * One cell wide on its own, and never part of a grapheme cluster with its neighbours (no marks,
 * joiners, variation selectors, prepends or Hangul jamo): a run of such characters is one cell each.
 */
function classify(code: number): number {
	const character = String.fromCharCode(code);
	const narrow = realStringWidth(character) === 1;
	const alone = segmentCount(`a${character}`) === 2 && segmentCount(`${character}a`) === 2 && segmentCount(character + character) === 2;
	return narrow && alone ? simple : complex;
}

/** One cell and never joined with a neighbour (see classify); `code` is a UTF-16 code unit. */
export function isSimple(code: number): boolean {
	if (code >= 0x20 && code <= 0x7e) return true;
	if (code < 0xa0 || (code >= 0xd8_00 && code <= 0xdf_ff)) return false;
	let kind = kinds[code]!;
	if (kind === unknown) {
		kind = classify(code);
		kinds[code] = kind;
	}
	return kind === simple;
}

/** True when every character is simple: the width is then the length. */
export function isSimpleText(text: string): boolean {
	for (let index = 0; index < text.length; index++) if (!isSimple(text.charCodeAt(index))) return false;
	return true;
}

/** An SGR code (what chalk writes: the only escape sequences Ink's frames hold). Global: use with replace/matchAll. */
// eslint-disable-next-line no-control-regex
export const sgr = /\u001B\[[\d;]*m/g;
const maxCached = 8192;
let cache = new Map<string, number>();

export default function stringWidth(input: string, options?: Options): number {
	if (options !== undefined && Object.keys(options).length > 0) return realStringWidth(input, options);
	if (typeof input !== 'string' || input.length === 0) return 0;
	if (isSimpleText(input)) return input.length;
	if (input.includes('\u001B')) {
		// styled text: string-width strips the codes and measures the rest
		const stripped = input.replace(sgr, '');
		if (isSimpleText(stripped)) return stripped.length;
	}
	let width = cache.get(input);
	if (width === undefined) {
		width = realStringWidth(input);
		if (cache.size >= maxCached) cache = new Map();
		cache.set(input, width);
	}
	return width;
}
