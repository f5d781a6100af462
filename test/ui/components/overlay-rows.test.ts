import {describe, expect, it} from 'vitest';
import {boxRows, fitSegments, wrappedRows, type OverlayRow} from '../../../source/ui/components/overlay-rows.js';

const text = (row: OverlayRow) => row.segments.map(segment => segment.text).join('');

describe('fitSegments', () => {
	it('pads a short row with spaces to exactly the width, so it covers every cell', () => {
		expect(fitSegments([{text: 'y'}, {text: ' confirm'}], 12).map(segment => segment.text).join('')).toBe('y confirm   ');
	});

	it('cuts a long row with … at the width, keeping each piece’s style', () => {
		const bold = {bold: true};
		const fitted = fitSegments([{text: '1. SIGINT', style: bold}, {text: ' · interrupt, like Ctrl-C'}], 14);
		expect(fitted).toEqual([{text: '1. SIGINT', style: bold}, {text: ' · i…'}]);
		expect(fitSegments([{text: 'exactly10!'}, {text: 'more'}], 10)).toEqual([{text: 'exactly10…'}]);
	});
});

describe('boxRows', () => {
	const head = wrappedRows('Force-remove 10 containers? (they are running and will be killed)', 30);
	const body = ['a', 'b', 'c'].map(name => ({segments: [{text: name}]}));
	const foot = [{segments: [{text: 'y confirm  n/Esc cancel'}]}];

	it('wraps the title instead of cutting it', () => {
		expect(head.map(text)).toEqual(['Force-remove 10 containers?', '(they are running and will be', 'killed)']);
		expect(boxRows({head, body, foot}, 20).map(text)).toEqual([...head.map(text), 'a', 'b', 'c', 'y confirm  n/Esc cancel']);
	});

	it('fits the height with the border: the keys stay, the last row kept ends with …', () => {
		expect(boxRows({head, body, foot}, 7).map(text)).toEqual(['Force-remove 10 containers?', '(they are running and will be', 'killed)', 'a…', 'y confirm  n/Esc cancel']);
		expect(boxRows({head, body, foot}, 3).map(text)).toEqual(['y confirm  n/Esc cancel']);
	});
});
