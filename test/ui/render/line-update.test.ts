// The fast changed-line writer must write exactly what Ink's writes, for pairs of lines that share
// a prefix (styled or not, with box glyphs, wide characters and marks).
import {describe, expect, it} from 'vitest';
import lineUpdate from '../../../source/ui/render/line-update.js';
import {randomStyled, seeded} from './random-text.js';

type LineUpdate = (previous: string, next: string, columns: number | undefined) => string;
// Ink's package exports only its entry point: load the original by path
const inkLineUpdate = ((await import(new URL('../../../node_modules/ink/build/line-update.js', import.meta.url).href)) as {default: LineUpdate}).default;

describe('the fast line update', () => {
	it('matches Ink’s on random pairs of lines with a common prefix', () => {
		const random = seeded(11);
		for (let round = 0; round < 3000; round++) {
			const prefix = randomStyled(random, 3);
			const previous = prefix + randomStyled(random, 2);
			const next = random() < 0.1 ? previous : prefix + randomStyled(random, 2);
			const columns = random() < 0.05 ? undefined : 1 + Math.floor(random() * 80);
			expect(lineUpdate(previous, next, columns), JSON.stringify([previous, next, columns])).toBe(inkLineUpdate(previous, next, columns));
		}
	});

	it('repaints only from the first changed cell of a line drawn with box glyphs', () => {
		const previous = 'web-1  running │ line 41';
		const next = 'web-1  running │ line 42';
		expect(lineUpdate(previous, next, 80)).toBe('\u001B[24G\u001B[K2');
		expect(lineUpdate(previous, next, 80)).toBe(inkLineUpdate(previous, next, 80));
	});
});
