import {Duplex, PassThrough} from 'node:stream';
import {describe, expect, it} from 'vitest';
import type {ExecTarget} from '../../source/store/actions/types.js';
import {runExecSession, type ExecTerminal} from '../../source/terminal/exec-session.js';

/** A pretend shell: echoes what it is sent, ends when it reads "exit". */
function fakeShell() {
	const received: string[] = [];
	const stream = new Duplex({
		read() {},
		write(chunk, _encoding, done) {
			const text = String(chunk);
			received.push(text);
			if (text.includes('exit')) {
				this.push(null);
				setImmediate(() => this.destroy());
			} else this.push(`out:${text}`);
			done();
		},
	});
	return {stream, received};
}

function fakeTerminal() {
	const rawModes: boolean[] = [];
	const stdin = Object.assign(new PassThrough(), {isTTY: true, isRaw: false, setRawMode(mode: boolean) {
		rawModes.push(mode);
		stdin.isRaw = mode;
	}});
	const written: string[] = [];
	const stdout = Object.assign(new PassThrough(), {rows: 20, columns: 80});
	stdout.on('data', chunk => written.push(String(chunk)));
	return {terminal: {stdin, stdout} as unknown as ExecTerminal, stdin, stdout, rawModes, written};
}

describe('runExecSession', () => {
	it('pipes keys and output both ways in raw mode, sends the size at start and on resize, restores the terminal', async () => {
		const {stream, received} = fakeShell();
		const {terminal, stdin, stdout, rawModes, written} = fakeTerminal();
		const sizes: string[] = [];
		const target: ExecTarget = {
			kind: 'exec', execId: 'e1', shell: '/bin/sh', containerName: 'web',
			attach: async () => stream,
			resize: async ({rows, columns}) => void sizes.push(`${columns}x${rows}`),
			exitCode: async () => 3,
		};
		const session = runExecSession(target, terminal);
		await new Promise(resolve => setTimeout(resolve, 10));
		expect(rawModes).toEqual([true]);
		stdin.write('ls\r');
		await new Promise(resolve => setTimeout(resolve, 10));
		Object.assign(stdout, {rows: 30, columns: 100});
		stdout.emit('resize');
		stdin.write('exit\r');
		expect(await session).toEqual({exitCode: 3});
		expect(received).toEqual(['ls\r', 'exit\r']);
		expect(written.join('')).toContain('out:ls\r');
		expect(written[0]).toMatch(/\/bin\/sh in web/);
		expect(sizes).toEqual(['80x20', '100x30']);
		expect(rawModes).toEqual([true, false]);
		expect(stdin.listenerCount('data')).toBe(0);
		expect(stdout.listenerCount('resize')).toBe(0);
	});

	it('retries a size the daemon refused right after attach', async () => {
		const {stream} = fakeShell();
		const {terminal, stdin} = fakeTerminal();
		let attempts = 0;
		const target: ExecTarget = {
			kind: 'exec', execId: 'e1', shell: '/bin/sh', containerName: 'web', attach: async () => stream, exitCode: async () => 0,
			resize: async () => {
				attempts += 1;
				if (attempts === 1) throw new Error('process not running yet');
			},
		};
		const session = runExecSession(target, terminal);
		const deadline = Date.now() + 2000;
		while (attempts < 2 && Date.now() < deadline) await new Promise(resolve => setTimeout(resolve, 20));
		stdin.write('exit');
		await session;
		expect(attempts).toBe(2);
	});
});
