// Renders an Ink tree into a fake terminal of a chosen size for component tests. Like the helpers
// of well-run Ink codebases, press() waits until the app listens for input before sending a key,
// and until the key was handled and the frame flushed afterwards; waitFor() polls frames.
import {EventEmitter} from 'node:events';
import chalk from 'chalk';
import {render, type Instance} from 'ink';
import type {ReactElement} from 'react';

// The fake stdout is no TTY, so chalk (Ink's styling) would drop every style: force full colour,
// so tests can tell inverse selection and the absence of colours under NO_COLOR.
chalk.level = 3;

class FakeStdout extends EventEmitter {
	readonly frames: string[] = [];
	isTTY = true;
	constructor(
		public columns: number,
		public rows: number,
	) {
		super();
	}

	write = (frame: string, encoding?: unknown, callback?: unknown) => {
		// Ink also writes bare cursor/erase sequences; only frames with content count.
		// eslint-disable-next-line no-control-regex
		if (frame.replace(/\u001B\[[0-9;?]*[A-Za-z]/g, '').trim() !== '') this.frames.push(frame);
		// Ink waits for write callbacks before it reports a frame as flushed.
		const done = typeof encoding === 'function' ? encoding : callback;
		if (typeof done === 'function') queueMicrotask(() => done());
		return true;
	};
}

class FakeStdin extends EventEmitter {
	isTTY = true;
	private queue: string[] = [];
	setEncoding() {}
	setRawMode() {}
	resume() {}
	pause() {}
	ref() {}
	unref() {}
	read = () => this.queue.shift() ?? null;
	push(data: string) {
		this.queue.push(data);
		this.emit('readable');
	}
}

const sequences: Record<string, string> = {
	up: '\u001B[A', down: '\u001B[B', right: '\u001B[C', left: '\u001B[D', enter: '\r', escape: '\u001B', tab: '\t',
	'shift+tab': '\u001B[Z', pageup: '\u001B[5~', pagedown: '\u001B[6~', home: '\u001B[H', end: '\u001B[F', backspace: '\u007F',
	space: ' ', delete: '\u001B[3~',
};

/** What the terminal sends for a key spec of the keymap ('down', 'ctrl+c', 'escape'), or the text itself. */
export function keyInput(key: string): string {
	const ctrl = /^ctrl\+([a-z])$/.exec(key);
	if (ctrl) return String.fromCharCode(ctrl[1]!.charCodeAt(0) - 96);
	return sequences[key] ?? key;
}

/** A frame without its SGR styling, for matching text across styled runs. */
export const plainFrame = (frame: string) => frame.replace(/\u001B\[[0-9;]*m/g, '');

const tick = () => new Promise(resolve => setImmediate(resolve));

export type InkHarness = {
	lastFrame(): string;
	press(...keys: string[]): Promise<void>;
	type(text: string): Promise<void>;
	waitFor(test: RegExp | ((frame: string) => boolean), timeoutMs?: number): Promise<string>;
	resize(columns: number, rows: number): Promise<void>;
	unmount(): void;
	stdout: FakeStdout;
	instance: Instance;
};

export async function renderInk(tree: ReactElement, size: {columns?: number; rows?: number} = {}): Promise<InkHarness> {
	const stdout = new FakeStdout(size.columns ?? 100, size.rows ?? 30);
	const stdin = new FakeStdin();
	const instance = render(tree, {
		stdout: stdout as unknown as NodeJS.WriteStream,
		stdin: stdin as unknown as NodeJS.ReadStream,
		stderr: new FakeStdout(100, 30) as unknown as NodeJS.WriteStream,
		debug: true,
		exitOnCtrlC: false,
		patchConsole: false,
		interactive: true,
	});
	const lastFrame = () => stdout.frames.at(-1) ?? '';
	const waitFor = async (test: RegExp | ((frame: string) => boolean), timeoutMs = 3000) => {
		const matches = (frame: string) => (typeof test === 'function' ? test(frame) : test.test(frame));
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const frame = lastFrame();
			if (matches(frame)) return frame;
			if (Date.now() > deadline) throw new Error(`no frame matched ${String(test)} within ${timeoutMs} ms; last frame:\n${frame}`);
			await new Promise(resolve => setTimeout(resolve, 5));
		}
	};
	const ready = async () => {
		const deadline = Date.now() + 3000;
		while (stdin.listenerCount('readable') === 0) {
			if (Date.now() > deadline) throw new Error('the app never listened for input');
			await tick();
		}
	};
	const settle = async (escape: boolean) => {
		// A lone ESC is held by Ink's parser for 20 ms in case more of a sequence follows.
		if (escape) await new Promise(resolve => setTimeout(resolve, 30));
		await tick();
		await instance.waitUntilRenderFlush();
		await tick();
	};
	const press = async (...keys: string[]) => {
		for (const key of keys) {
			await ready();
			stdin.push(keyInput(key));
			await settle(key === 'escape');
			await ready();
		}
	};
	await tick();
	await instance.waitUntilRenderFlush();
	return {
		lastFrame,
		press,
		type: async text => press(...[...text]),
		waitFor,
		async resize(columns, rows) {
			stdout.columns = columns;
			stdout.rows = rows;
			stdout.emit('resize');
			await settle(false);
		},
		unmount: () => {
			instance.unmount();
			instance.cleanup();
		},
		stdout,
		instance,
	};
}
