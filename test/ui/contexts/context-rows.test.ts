// The contexts table's text: the context in use marked, what probing found in words, daemon and
// config text made inert.
import {describe, expect, it} from 'vitest';
import type {ContextRow} from '../../../source/store/contexts/contexts-service.js';
import {contextLines, probeText} from '../../../source/ui/contexts/context-rows.js';

const row = (name: string, probe: ContextRow['probe'], extra: Partial<ContextRow['choice']> = {}): ContextRow => ({
	choice: {name, kind: 'context', description: `${name} box`, host: `tcp://${name}:2376`, current: false, endpoint: {url: `tcp://${name}:2376`, kind: 'tcp', host: name, port: 2376, insecure: false, source: 'context'}, ...extra},
	probe,
});

describe('context rows', () => {
	it('mark the context in use with *, and say what probing found', () => {
		const rows = [
			row('lab', {reachable: true, engine: '20.10.24', apiVersion: '1.41', os: 'linux/amd64'}),
			row('prod', {reachable: false, error: 'certificate signed by unknown authority'}),
			row('new', 'probing'),
			row('bad', undefined, {endpoint: undefined, error: 'docker context "bad": cannot read ca.pem'}),
		];
		const {header, lines} = contextLines(rows, 'prod', 140);
		expect(header).toMatch(/^\s+NAME\s+DESCRIPTION\s+ENDPOINT\s+STATE/);
		expect(lines.map(line => line.text.trimEnd())).toEqual([
			expect.stringMatching(/^  lab\s+lab box\s+tcp:\/\/lab:2376\s+● Engine 20\.10\.24 · API 1\.41$/),
			expect.stringMatching(/^\* prod\s+prod box\s+tcp:\/\/prod:2376\s+✖ certificate signed by unknown authority$/),
			expect.stringMatching(/^  new\s+.*◌ probing…$/),
			expect.stringMatching(/^  bad\s+.*✖ docker context "bad": cannot read ca\.pem$/),
		]);
		expect(lines.map(line => line.selectable)).toEqual([true, true, true, false]);
		expect(lines.map(line => line.tone)).toEqual(['ok', 'error', 'info', 'error']);
	});

	it('let no escape sequence from a daemon or a meta.json through', () => {
		const hostile = row('evil\u001B]0;PWNED\u0007', {reachable: true, engine: '1\u001B[2J', apiVersion: '1.41', os: ''}, {description: '\u001B[31mred'});
		const {lines} = contextLines([hostile], undefined, 120);
		expect(lines[0]!.text).not.toMatch(/\u001B|\u0007/);
		expect(probeText(hostile).text).not.toContain('\u001B');
	});
});
