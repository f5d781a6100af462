// dockhand's frame buffer must produce exactly what Ink's own Output produces, frame after frame
// (its memos carry over between frames, so the comparison runs over sequences of frames).
import {describe, expect, it} from 'vitest';
import FastOutput, {previousFrameOf} from '../../../source/ui/render/output.js';
import {randomStyled, seeded, simplePieces} from './random-text.js';

type OutputLike = {
	write(x: number, y: number, text: string, options: {transformers: Array<(s: string, index: number) => string>}): void;
	clip(clip: {x1?: number; x2?: number; y1?: number; y2?: number}): void;
	unclip(): void;
	get(): {output: string; height: number};
};
type OutputClass = new (options: {width: number; height: number}) => OutputLike;

// Ink's package exports only its entry point: load the original by path
const InkOutput = ((await import(new URL('../../../node_modules/ink/build/output.js', import.meta.url).href)) as {default: OutputClass}).default;

type Step = {kind: 'write'; x: number; y: number; text: string; transform: boolean} | {kind: 'clip'; clip: {x1?: number; x2?: number; y1?: number; y2?: number}} | {kind: 'unclip'};

function randomFrame(random: () => number, width: number, height: number, alphabet?: readonly string[]): Step[] {
	const steps: Step[] = [];
	let depth = 0;
	const count = 5 + Math.floor(random() * 25);
	for (let index = 0; index < count; index++) {
		const roll = random();
		if (roll < 0.12) {
			const x1 = Math.floor(random() * width) - 2;
			const y1 = Math.floor(random() * height) - 2;
			const clip = random() < 0.2 ? {y1, y2: y1 + Math.floor(random() * height)} : {x1, x2: x1 + Math.floor(random() * width), y1, y2: y1 + Math.floor(random() * height)};
			steps.push({kind: 'clip', clip});
			depth++;
		} else if (roll < 0.2 && depth > 0) {
			steps.push({kind: 'unclip'});
			depth--;
		} else {
			const x = Math.floor(random() * (width + 4)) - 3;
			const y = Math.floor(random() * (height + 2)) - 1;
			steps.push({kind: 'write', x, y, text: randomStyled(random, 3, 1 + Math.floor(random() * 3), alphabet), transform: random() < 0.1});
		}
	}
	return steps;
}

function draw(Output: OutputClass, steps: Step[], width: number, height: number): string {
	const output = new Output({width, height});
	for (const step of steps) {
		if (step.kind === 'clip') output.clip(step.clip);
		else if (step.kind === 'unclip') output.unclip();
		else output.write(step.x, step.y, step.text, {transformers: step.transform ? [(line, index) => `${index}>${line}`] : []});
	}
	return JSON.stringify(output.get());
}

describe('the fast frame buffer', () => {
	it('matches Ink’s Output on random frames of styled, wide, clipped and overlapping text', () => {
		const random = seeded(42);
		for (let frame = 0; frame < 600; frame++) {
			const width = 1 + Math.floor(random() * 40);
			const height = 1 + Math.floor(random() * 8);
			const steps = randomFrame(random, width, height);
			expect(draw(FastOutput as unknown as OutputClass, steps, width, height), `frame ${frame}`).toBe(draw(InkOutput, steps, width, height));
		}
	});

	it('matches Ink’s Output on frames of one-cell text only (the path that skips grapheme segmentation)', () => {
		const random = seeded(5);
		for (let frame = 0; frame < 400; frame++) {
			const width = 1 + Math.floor(random() * 40);
			const height = 1 + Math.floor(random() * 8);
			const steps = randomFrame(random, width, height, simplePieces);
			expect(draw(FastOutput as unknown as OutputClass, steps, width, height), `frame ${frame}`).toBe(draw(InkOutput, steps, width, height));
		}
	});

	it('matches Ink’s Output when consecutive frames change only a few rows (the memo path)', () => {
		const random = seeded(3);
		const width = 60;
		const height = 12;
		let rows = Array.from({length: height}, () => randomStyled(random, 3));
		for (let frame = 0; frame < 200; frame++) {
			rows = rows.map(row => (random() < 0.2 ? randomStyled(random, 3) : row));
			const steps: Step[] = [{kind: 'clip', clip: {x1: 2, x2: width - 2, y1: 0, y2: height}}, ...rows.map((text, y): Step => ({kind: 'write', x: y % 3, y, text, transform: false})), {kind: 'unclip'}];
			expect(draw(FastOutput as unknown as OutputClass, steps, width, height), `frame ${frame}`).toBe(draw(InkOutput, steps, width, height));
		}
	});
});

describe('frame memory', () => {
	it('belongs to one owner (one Ink instance, or its static output): frames of two never mix', () => {
		const first = {};
		const second = {};
		const draw = (owner: object, text: string) => {
			const output = new FastOutput({width: 10, height: 1, owner});
			output.write(0, 0, text, {transformers: []});
			return output.get().output;
		};
		expect(draw(first, 'one')).toBe('one');
		expect(draw(second, 'two')).toBe('two');
		expect(draw(first, 'one')).toBe('one');
		expect(previousFrameOf(first)).toEqual(['one']);
		expect(previousFrameOf(second)).toEqual(['two']);
	});
});
