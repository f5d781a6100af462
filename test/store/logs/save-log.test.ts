import {mkdtempSync, readFileSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import type {LogLine} from '../../../source/store/logs/log-line.js';
import {defaultLogFileName, saveLogLines} from '../../../source/store/logs/save-log.js';

const dir = mkdtempSync(join(tmpdir(), 'dockhand-save-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

const line = (text: string, patch: Partial<LogLine> = {}): LogLine => ({seq: 0, time: Date.UTC(2026, 0, 2, 3, 4, 5, 6), stream: 'stdout', containerId: 'abc123', text, cut: 0, ...patch});

describe('saveLogLines', () => {
	it('names the file after the container and the time, without unsafe characters', () => {
		expect(defaultLogFileName('web/../x y', new Date(2026, 0, 2, 3, 4, 5))).toBe('dockhand-web_.._x_y-20260102-030405.log');
	});

	it('writes the lines as text, with timestamps and names when asked, readable only by the user', async () => {
		const path = await saveLogLines([line('one'), line('two', {containerId: 'def456', cut: 10})], {
			name: 'web', directory: dir, timestamps: true, names: new Map([['abc123', 'web'], ['def456', 'db']]), now: new Date(2026, 0, 2),
		});
		expect(readFileSync(path, 'utf8')).toBe('2026-01-02T03:04:05.006Z web | one\n2026-01-02T03:04:05.006Z db | two [… dockhand kept the first 3 of 13 characters]\n');
		expect(statSync(path).mode & 0o777).toBe(0o600);
	});

	it('a service\'s lines are saved with their own task@node names', async () => {
		const path = await saveLogLines([line('one', {task: 't1', node: 'n1'}), line('two', {task: 't2', node: 'n2'})], {
			name: 'api', directory: dir, timestamps: false, lineName: saved => `api.${saved.task!.slice(1)}@${saved.node}`, now: new Date(2026, 0, 3),
		});
		expect(readFileSync(path, 'utf8')).toBe('api.1@n1 | one\napi.2@n2 | two\n');
	});

		it('refuses to save nothing, and writes no file', async () => {
		await expect(saveLogLines([], {name: 'empty', path: 'empty.log', directory: dir, timestamps: false})).rejects.toThrow('nothing to save: the view shows no lines');
		expect(() => statSync(join(dir, 'empty.log'))).toThrow(/ENOENT/);
	});

	it('a directory starting with ~/ is in the home folder', async () => {
		const home = process.env.HOME;
		process.env.HOME = dir;
		try {
			expect(await saveLogLines([line('a')], {name: 'h', path: 'home.log', directory: '~/', timestamps: false})).toBe(join(dir, 'home.log'));
		} finally {
			process.env.HOME = home;
		}
	});

	it('refuses to overwrite a file', async () => {
		await saveLogLines([line('a')], {name: 'x', path: 'same.log', directory: dir, timestamps: false});
		await expect(saveLogLines([line('b')], {name: 'x', path: 'same.log', directory: dir, timestamps: false})).rejects.toThrow(/EEXIST/);
	});
});
