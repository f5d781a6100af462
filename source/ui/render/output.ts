// Ink's frame buffer (ink/build/output.js, Ink 8.0) with the same algorithm and the same output,
// made cheap for frames that differ little from the one before: Ink builds every frame from
// nothing — each line of text tokenized into per-character objects, measured and sliced, and
// each screen row turned back into a string — although most of the screen is what it was a
// frame ago. Here the pure steps (text → styled characters, text → lines, line slices, widths)
// are remembered across frames, blank cells are shared, and each screen row is drawn only when
// the lines written on it (where, and what) differ from last frame's: an unchanged row is last
// frame's row, cells and string, with no character written. test/ui/render/output.test.ts checks the result
// against Ink's own Output; the build swaps this file in (scripts/ink-fast-paths.mjs).
import {reduceAnsiCodesIncremental, styledCharsFromTokens, styledCharsToString, tokenize, type StyledChar} from '@alcalzone/ansi-tokenize';
import stringWidth, {isSimple, sgr} from './string-width.js';
import {sameItems} from '../lists/same-items.js';
import {TwoGenerationCache} from './two-generation-cache.js';

type Clip = {x1: number | undefined; x2: number | undefined; y1: number | undefined; y2: number | undefined};
type OutputTransformer = (s: string, index: number) => string;
type Operation = {type: 'write'; x: number; y: number; text: string; transformers: OutputTransformer[]} | {type: 'clip'; clip: Clip} | {type: 'unclip'};

const blank: StyledChar = Object.freeze({type: 'char', value: ' ', fullWidth: false, styles: []}) as StyledChar;
const blankCell = (cell: StyledChar): StyledChar => ({...cell, value: ' ', fullWidth: false});

const intersectBound = (a: number | undefined, b: number | undefined, tighter: (a: number, b: number) => number) => {
	if (a === undefined) return b;
	return b === undefined ? a : tighter(a, b);
};
const isClipEmpty = (clip: Clip) => (clip.x1 !== undefined && clip.x2 !== undefined && clip.x1 >= clip.x2) || (clip.y1 !== undefined && clip.y2 !== undefined && clip.y1 >= clip.y2);
const intersectClips = (outer: Clip | undefined, inner: Clip): Clip => {
	if (!outer) return inner;
	return {
		x1: intersectBound(outer.x1, inner.x1, Math.max),
		x2: intersectBound(outer.x2, inner.x2, Math.min),
		y1: intersectBound(outer.y1, inner.y1, Math.max),
		y2: intersectBound(outer.y2, inner.y2, Math.min),
	};
};

const ignorable = /^\p{Default_Ignorable_Code_Point}+$/u;
// sized for a frame or two of distinct texts: a cached line holds an object per character
const styledCache = new TwoGenerationCache<string, StyledChar[]>(256);
const linesCache = new TwoGenerationCache<string, string[]>(256);
const widestCache = new TwoGenerationCache<string, number>(512);
const sliceCache = new TwoGenerationCache<string, Map<string, string>>(512);

type Token = ReturnType<typeof tokenize>[number];
type Styles = StyledChar['styles'];
const sgrTokens = new TwoGenerationCache<string, Token[]>(256);
const noStyles: Styles = [];

/**
 * styledCharsFromTokens(tokenize(text)) without segmenting graphemes, for text whose pieces between
 * SGR codes are all newlines and one-cell characters (which never join a neighbour into one
 * grapheme, nor count as ignorable); null for anything else. Characters of one style share one
 * styles array (never mutated: Ink's own cells share them too).
 */
function simpleStyledChars(text: string): StyledChar[] | null {
	const chars: StyledChar[] = [];
	let styles = noStyles;
	const plain = (from: number, to: number) => {
		for (let index = from; index < to; index++) {
			const code = text.charCodeAt(index);
			// a newline is a grapheme of its own too
			if (code !== 10 && !isSimple(code)) return false;
			chars.push({type: 'char', value: text[index]!, fullWidth: false, styles});
		}
		return true;
	};
	let at = 0;
	for (const match of text.matchAll(sgr)) {
		if (!plain(at, match.index)) return null;
		let codes = sgrTokens.get(match[0]);
		if (codes === undefined) {
			codes = tokenize(match[0]);
			sgrTokens.set(match[0], codes);
		}
		styles = reduceAnsiCodesIncremental(styles, codes as Parameters<typeof reduceAnsiCodesIncremental>[1]);
		at = match.index + match[0].length;
	}
	if (!plain(at, text.length)) return null;
	oneCellLines.add(chars);
	return chars;
}

/** Styled characters all one cell wide (simpleStyledChars' results): written without measuring each. */
const oneCellLines = new WeakSet<StyledChar[]>();

function styledChars(text: string): StyledChar[] {
	let cached = styledCache.get(text);
	if (cached === undefined) {
		cached = simpleStyledChars(text) ?? styledCharsFromTokens(tokenize(text)).filter(character => !ignorable.test(character.value));
		styledCache.set(text, cached);
	}
	return cached;
}

/** The text's lines, each with its own styles re-opened (what Ink writes line by line). */
function linesOf(text: string): string[] {
	let cached = linesCache.get(text);
	if (cached === undefined) {
		const characterLines: StyledChar[][] = [[]];
		for (const character of styledChars(text)) {
			if (character.value === '\n') characterLines.push([]);
			else characterLines.at(-1)!.push(character);
		}
		cached = characterLines.map(line => styledCharsToString(line));
		linesCache.set(text, cached);
	}
	return cached;
}

function widestLine(text: string): number {
	let cached = widestCache.get(text);
	if (cached === undefined) {
		cached = 0;
		for (const line of text.split('\n')) cached = Math.max(cached, stringWidth(line));
		widestCache.set(text, cached);
	}
	return cached;
}

function sliceLineToColumns(line: string, from: number, to: number): string {
	if (from >= to) return '';
	// keyed by the line first: the same line object comes back frame after frame (its hash is kept),
	// where a key made of the line and the columns would be a new string to hash every frame
	let slices = sliceCache.get(line);
	if (slices === undefined) {
		slices = new Map();
		sliceCache.set(line, slices);
	}
	const key = `${from},${to}`;
	let cached = slices.get(key);
	if (cached === undefined) {
		const result: StyledChar[] = [];
		let column = 0;
		for (const character of styledChars(line)) {
			const width = stringWidth(character.value);
			const start = column;
			column += width;
			if (column <= from) continue;
			if (start >= to) break;
			result.push(width > 1 && (start < from || column > to) ? blankCell(character) : character);
		}
		cached = styledCharsToString(result);
		slices.set(key, cached);
	}
	return cached;
}

/** A row's pieces: each line written on it, in order, as x followed by the (clipped, transformed) line. */
type Pieces = Array<number | string>;
type Row = {cells: StyledChar[]; text: string; pieces: Pieces};

/**
 * Each owner's last frame (cells, their strings, and the pieces written on each row), to reuse the
 * rows that did not change. The owner is the node Ink renders (the build makes renderer.js pass it),
 * so two Ink instances — or an instance's static and live output — never share a frame.
 */
const previousFrames = new WeakMap<object, Row[]>();
const ownerless = {};

/** The rows last drawn for `owner` (what the next frame compares with). */
export function previousFrameOf(owner: object): readonly string[] {
	return (previousFrames.get(owner) ?? []).map(row => row.text);
}

/** Writes one line's characters into a row at x (Ink's applyWriteOperation, for one line). */
function writeLine(currentLine: StyledChar[], x: number, line: string): void {
	const characters = styledChars(line);
	if (characters.length === 0) return;
	let offsetX = x;
	if (currentLine[offsetX]?.value === '' && offsetX > 0 && stringWidth(currentLine[offsetX - 1]?.value ?? '') > 1) {
		currentLine[offsetX - 1] = blankCell(currentLine[offsetX - 1]!);
	}
	if (oneCellLines.has(characters)) {
		for (const character of characters) currentLine[offsetX++] = character;
	} else
		for (const character of characters) {
			currentLine[offsetX] = character;
			const characterWidth = Math.max(1, stringWidth(character.value));
			if (characterWidth > 1) {
				for (let offset = 1; offset < characterWidth; offset++) {
					currentLine[offsetX + offset] = {type: 'char', value: offsetX < 0 ? ' ' : '', fullWidth: false, styles: character.styles};
				}
			}
			offsetX += characterWidth;
		}
	if (currentLine[offsetX]?.value === '') currentLine[offsetX] = blankCell(currentLine[offsetX]!);
}

export default class Output {
	readonly width: number;
	readonly height: number;
	private readonly owner: object;
	private readonly operations: Operation[] = [];

	constructor(options: {width: number; height: number; owner?: object}) {
		this.width = options.width;
		this.height = options.height;
		this.owner = options.owner ?? ownerless;
	}

	write(x: number, y: number, text: string, options: {transformers: OutputTransformer[]}): void {
		if (text === '') return;
		this.operations.push({type: 'write', x, y, text, transformers: options.transformers});
	}

	clip(clip: Clip): void {
		this.operations.push({type: 'clip', clip});
	}

	unclip(): void {
		this.operations.push({type: 'unclip'});
	}

	get(): {output: string; height: number} {
		// first where every line lands (clipped, transformed), row by row; then only the rows whose
		// pieces differ from last frame's are drawn into cells (rows are independent: a line writes
		// on its own row only)
		const pieces: Pieces[] = [];
		for (let y = 0; y < this.height; y++) pieces.push([]);
		const clips: Clip[] = [];
		for (const operation of this.operations) {
			if (operation.type === 'clip') clips.push(intersectClips(clips.at(-1), operation.clip));
			else if (operation.type === 'unclip') clips.pop();
			else this.placeWriteOperation(pieces, operation, clips.at(-1));
		}
		const previousRows = previousFrames.get(this.owner) ?? [];
		const width = Math.max(0, this.width);
		const rows = pieces.map((own, y): Row => {
			const previous = previousRows[y];
			if (previous && previous.cells.length === width && sameItems(previous.pieces, own)) return previous;
			const cells = new Array<StyledChar>(width).fill(blank);
			for (let index = 0; index < own.length; index += 2) writeLine(cells, own[index] as number, own[index + 1] as string);
			if (previous && sameItems(previous.cells, cells)) return {...previous, pieces: own};
			return {cells, text: styledCharsToString(cells.filter(item => item !== undefined)).trimEnd(), pieces: own};
		});
		previousFrames.set(this.owner, rows);
		return {output: rows.map(row => row.text).join('\n'), height: rows.length};
	}

	/** Where a write's lines land: each (clipped, transformed) line appended to its row's pieces. */
	private placeWriteOperation(pieces: Pieces[], operation: Extract<Operation, {type: 'write'}>, clip: Clip | undefined): void {
		const {text, transformers} = operation;
		let {x, y} = operation;
		// a text of one line is its own line (its cells are the same as those of its re-styled form)
		let lines = text.includes('\n') ? linesOf(text) : [text];
		if (clip) {
			if (isClipEmpty(clip)) return;
			const clipX = typeof clip.x1 === 'number' && typeof clip.x2 === 'number';
			const clipY = typeof clip.y1 === 'number' && typeof clip.y2 === 'number';
			if (clipX) {
				const width = widestLine(text);
				if (x + width < clip.x1! || x > clip.x2!) return;
			}
			if (clipY) {
				if (y + lines.length < clip.y1! || y > clip.y2!) return;
			}
			if (clipX) {
				lines = lines.map(line => {
					const from = x < clip.x1! ? clip.x1! - x : 0;
					const width = stringWidth(line);
					const to = x + width > clip.x2! ? clip.x2! - x : width;
					return sliceLineToColumns(line, from, to);
				});
				if (x < clip.x1!) x = clip.x1!;
			}
			if (clipY) {
				const from = y < clip.y1! ? clip.y1! - y : 0;
				const height = lines.length;
				const to = y + height > clip.y2! ? clip.y2! - y : height;
				lines = lines.slice(from, to);
				if (y < clip.y1!) y = clip.y1!;
			}
		}
		for (let index = 0; index < lines.length; index++) {
			const row = pieces[y + index];
			if (!row) continue;
			let line = lines[index]!;
			for (const transformer of transformers) line = transformer(line, index + y - operation.y);
			row.push(x, line);
		}
	}
}
