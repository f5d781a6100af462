import {describe, expect, it} from 'vitest';
import {JsonObjectStreamDecoder} from '../../source/engine/json-stream.js';

const enc = new TextEncoder();

function decode(pieces: Uint8Array[]) {
	const bad: string[] = [];
	const decoder = new JsonObjectStreamDecoder((text: string) => bad.push(text));
	const values: unknown[] = [];
	for (const piece of pieces) values.push(...decoder.push(piece));
	decoder.end();
	return {values, bad};
}

// braces and escaped quotes inside strings, nested objects, objects back to back without a newline
const text = '{"read":"t1","name":"/a {b}","cpu":{"x":[1,{"y":2}]}}\n{"s":"quote \\" and \\\\ and }"}{"n":3}\r\n\n{"m":"ü✓"}\n';
const bytes = enc.encode(text);
const expected = [{read: 't1', name: '/a {b}', cpu: {x: [1, {y: 2}]}}, {s: 'quote " and \\ and }'}, {n: 3}, {m: 'ü✓'}];

describe('JsonObjectStreamDecoder', () => {
	it('splits a stream of JSON objects on object boundaries', () => {
		expect(decode([bytes])).toEqual({values: expected, bad: []});
	});

	it('gives the same objects for a split at every offset', () => {
		for (let at = 0; at <= bytes.length; at++) {
			expect(decode([bytes.subarray(0, at), bytes.subarray(at)]), `split at ${at}`).toEqual({values: expected, bad: []});
		}
	});

	it('gives the same objects fed one byte at a time', () => {
		expect(decode([...bytes].map(b => Uint8Array.of(b)))).toEqual({values: expected, bad: []});
	});

	it('reports garbage between objects once per run and an object that is not valid JSON, and goes on', () => {
		const {values, bad} = decode([enc.encode('{"a":1}\noops\n{"b":,}\n{"c":2}\n')]);
		expect(values).toEqual([{a: 1}, {c: 2}]);
		expect(bad).toEqual(['oops', '{"b":,}']);
	});

	it('reports an object cut off by the end of the stream', () => {
		const {values, bad} = decode([enc.encode('{"a":1}\n{"b":{"c"')]);
		expect(values).toEqual([{a: 1}]);
		expect(bad).toEqual(['{"b":{"c"']);
	});
});
