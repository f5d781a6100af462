import {describe, expect, it} from 'vitest';
import {JsonLinesDecoder, type BadLine} from '../../source/engine/json-lines.js';

const enc = new TextEncoder();

function decode(pieces: Uint8Array[]) {
	const bad: BadLine[] = [];
	const decoder = new JsonLinesDecoder(line => bad.push(line));
	const values: unknown[] = [];
	for (const piece of pieces) values.push(...decoder.push(piece));
	values.push(...decoder.end());
	return {values, bad: bad.map(b => b.line)};
}

// \r\n endings, a json-seq record separator, blank lines, a garbage line, multi-byte text, no final newline
const text = '{"a":1}\n{"b":"two"}\r\n\n\u001e{"c":3}\n   \nnot json at all\n{"d":"naïve ✓"}\n{"e":[1,2]}';
const bytes = enc.encode(text);
const expectedValues = [{a: 1}, {b: 'two'}, {c: 3}, {d: 'naïve ✓'}, {e: [1, 2]}];

describe('JsonLinesDecoder', () => {
	it('parses each line, tolerating \\r\\n, 0x1E and blank lines, and reports a bad line without stopping', () => {
		expect(decode([bytes])).toEqual({values: expectedValues, bad: ['not json at all']});
	});

	it('gives the same result for a split at every offset', () => {
		for (let at = 0; at <= bytes.length; at++) {
			expect(decode([bytes.subarray(0, at), bytes.subarray(at)]), `split at ${at}`).toEqual({values: expectedValues, bad: ['not json at all']});
		}
	});

	it('gives the same result fed one byte at a time (multi-byte characters split)', () => {
		expect(decode([...bytes].map(b => Uint8Array.of(b)))).toEqual({values: expectedValues, bad: ['not json at all']});
	});

	it('reports a truncated last line at the end of the stream', () => {
		expect(decode([enc.encode('{"a":1}\n{"b":')])).toEqual({values: [{a: 1}], bad: ['{"b":']});
	});
});
