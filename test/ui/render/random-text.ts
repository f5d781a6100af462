// Seeded random text for the render differential tests: ASCII, the UI's box and bullet glyphs,
// wide CJK and emoji, combining marks, joiners, ignorable characters, newlines and chalk styles.
import {Chalk} from 'chalk';

const chalk = new Chalk({level: 3});

export {seeded} from '../../support/seeded-random.js';

const pieces = [
	'a', 'b', 'Z', '0', ' ', ' ', '-', '~', '│', '─', '┌', '●', '○', '▸', '▼', '…', '·', 'é', 'ß', '╭', '▎', '¦',
	'日', '本', '🐳', '👩‍💻', '❤️', 'e\u0301', '\u200b', '\u00ad', '\u1100\u1161', '🇩🇪', '\t',
];
const styles = [
	(text: string) => text,
	(text: string) => chalk.bold(text),
	(text: string) => chalk.dim(text),
	(text: string) => chalk.red(text),
	(text: string) => chalk.inverse.cyan(text),
	(text: string) => chalk.bgBlue.white(text),
	(text: string) => chalk.hex('#ff8800').underline(text),
	(text: string) => chalk.bold(`x${chalk.dim('y')}z`) + text,
];

/** The one-cell pieces only (what most of dockhand's screen is made of). */
export const simplePieces = pieces.slice(0, pieces.indexOf('日'));

export function randomPlain(random: () => number, maxLength: number, alphabet: readonly string[] = pieces): string {
	const length = Math.floor(random() * maxLength);
	let text = '';
	for (let index = 0; index < length; index++) text += alphabet[Math.floor(random() * alphabet.length)];
	return text;
}

export function randomStyled(random: () => number, maxParts: number, lines = 1, alphabet: readonly string[] = pieces): string {
	const out: string[] = [];
	for (let line = 0; line < lines; line++) {
		let text = '';
		const parts = 1 + Math.floor(random() * maxParts);
		for (let part = 0; part < parts; part++) text += styles[Math.floor(random() * styles.length)]!(randomPlain(random, 12, alphabet));
		out.push(text);
	}
	return out.join('\n');
}
