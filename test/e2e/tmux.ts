// A real terminal for end-to-end tests: the BUILT binary runs in a detached tmux session of a
// given size on a private tmux server (its own socket), so tests never touch anyone's tmux.
// Keys in (send-keys), screen out (capture-pane), resize, kill.
import {execFile, execFileSync} from 'node:child_process';
import {closeSync, existsSync, mkdtempSync, openSync, readFileSync, readSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';

const run = promisify(execFile);

/** The project root: the nearest folder up with dockhand's package.json (this file may run bundled elsewhere). */
function projectRoot(): string {
	let dir = dirname(fileURLToPath(import.meta.url));
	for (;;) {
		const manifest = join(dir, 'package.json');
		if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as {name?: string}).name === 'dockhand') return dir;
		const parent = dirname(dir);
		if (parent === dir) throw new Error('cannot find the dockhand project root');
		dir = parent;
	}
}

const root = projectRoot();
export const cliPath = join(root, 'dist', 'cli.js');
const buildScript = join(root, 'scripts', 'build.mjs');

/** Builds dist/cli.js when it is missing (npm test builds first; a lone vitest run may not have). */
export function ensureBuilt(): void {
	if (!existsSync(cliPath)) execFileSync(process.execPath, [buildScript], {stdio: 'inherit'});
}

export type TmuxSession = {
	/** tmux server socket name (-L) and session name */
	socket: string;
	/** tmux key names, one send each: 'j', 'Enter', 'Escape', 'C-c', 'BTab', 'NPage' */
	sendKeys(...keys: string[]): Promise<void>;
	/** literal text */
	sendText(text: string): Promise<void>;
	/** Bytes written to the terminal as one chunk (one read for the program), e.g. '\x1b/' = Esc and / together. */
	sendRaw(bytes: string): Promise<void>;
	/** The visible screen; `escapes` keeps colours/attributes (capture-pane -e). */
	capture(options?: {escapes?: boolean}): Promise<string>;
	waitForText(match: RegExp | string, timeoutMs?: number): Promise<string>;
	/** Polls the screen until `check` holds; `escapes` polls it with colours/attributes (capture-pane -e). */
	waitUntil(check: (screen: string) => boolean, timeoutMs?: number, options?: {escapes?: boolean}): Promise<string>;
	/** Like waitUntil, but the matching screen must also stay unchanged for `quietMs` (no frame in flight). */
	waitUntilSettled(check: (screen: string) => boolean, timeoutMs?: number, quietMs?: number): Promise<string>;
	resize(columns: number, rows: number): Promise<void>;
	/** Copies everything the program writes to the terminal into `file` (tmux pipe-pane). */
	pipeOutput(file: string): Promise<void>;
	/** A tmux format of the pane, e.g. '#{pane_title}', '#{pane_dead}', '#{alternate_on}'. */
	display(format: string): Promise<string>;
	kill(): Promise<void>;
};

export function shellQuote(text: string): string {
	return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** What the built CLI's `#!/usr/bin/env -S [VAR=value …] node …` line sets: environment and Node flags. */
export function cliShebang(): {env: string[]; flags: string[]} {
	// the first line only (the bundle is over a megabyte, and this runs for every session)
	const head = Buffer.alloc(300);
	const file = openSync(cliPath, 'r');
	const length = readSync(file, head, 0, head.length, 0);
	closeSync(file);
	const shebang = head.toString('utf8', 0, length).split('\n', 1)[0]!;
	const match = /^#!\/usr\/bin\/env -S ((?:\w+=\S* )*)node(?: (.*))?$/.exec(shebang);
	return {env: match?.[1]?.split(' ').filter(Boolean) ?? [], flags: match?.[2]?.split(' ') ?? []};
}

/** The command line that runs the built CLI with the Node running the tests (and the CLI's own environment and Node flags, then `nodeFlags`). */
export function cliCommand(args: string[] = [], nodeFlags: string[] = []): string {
	const {env, flags} = cliShebang();
	return [...(env.length > 0 ? ['env', ...env] : []), process.execPath, ...flags, ...nodeFlags, cliPath, ...args].map(shellQuote).join(' ');
}

/**
 * Starts `command` (a shell command line; default: the built CLI) in a new tmux session.
 * `shell: true` starts an interactive sh instead, so a test can type commands and see the prompt;
 * `exec: true` makes the program the pane's process (no shell left when it exits).
 */
export async function startTmux(options: {command?: string; columns?: number; rows?: number; env?: Record<string, string | undefined>; shell?: boolean; exec?: boolean} = {}): Promise<TmuxSession> {
	const socket = `dh-tmux-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
	const tmux = (...args: string[]) => run('tmux', ['-L', socket, '-f', '/dev/null', ...args]);
	// CI=true always: Ink goes non-interactive under CI unless told otherwise, and dockhand must not
	const env = Object.entries({TERM: 'xterm-256color', CI: 'true', ...options.env}).filter((entry): entry is [string, string] => entry[1] !== undefined);
	const prefix = `env ${env.map(([key, value]) => `${key}=${shellQuote(value)}`).join(' ')}`;
	// exec: the program replaces the pane's shell, so #{pane_pid} is its pid (benchmarks read /proc).
	const command = options.shell
		? `${prefix} PS1='$ ' sh`
		: options.exec
			? `exec ${prefix} ${options.command ?? cliCommand()}`
			: `${prefix} ${options.command ?? cliCommand()}; sleep 600`;
	// the program's working directory is a scratch folder: whatever it writes there (a saved log) never lands in the project
	const cwd = mkdtempSync(join(tmpdir(), 'dh-tmux-cwd-'));
	await tmux('new-session', '-d', '-s', socket, '-c', cwd, '-x', String(options.columns ?? 120), '-y', String(options.rows ?? 40), command);
	const target = `${socket}:0.0`;
	const capture = async ({escapes = false} = {}) => (await tmux('capture-pane', '-p', ...(escapes ? ['-e'] : []), '-t', target)).stdout;
	const waitUntil = async (check: (screen: string) => boolean, timeoutMs = 10_000, {escapes = false} = {}) => {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const screen = await capture({escapes});
			if (check(screen)) return screen;
			if (Date.now() > deadline) throw new Error(`the screen did not match within ${timeoutMs} ms; it shows:\n${screen}`);
			await new Promise(resolve => setTimeout(resolve, 40));
		}
	};
	const waitUntilSettled = async (check: (screen: string) => boolean, timeoutMs = 10_000, quietMs = 200) => {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const screen = await waitUntil(check, Math.max(0, deadline - Date.now()));
			await new Promise(resolve => setTimeout(resolve, quietMs));
			if ((await capture()) === screen) return screen;
		}
	};
	return {
		socket,
		async sendKeys(...keys) {
			// One key per send-keys, so an Escape never merges with the next key into a sequence.
			for (const key of keys) await tmux('send-keys', '-t', target, key);
		},
		async sendText(text) {
			await tmux('send-keys', '-t', target, '-l', '--', text);
		},
		async sendRaw(bytes) {
			// -H: each argument is one byte in hex, all written to the pane in one go
			await tmux('send-keys', '-t', target, '-H', ...[...Buffer.from(bytes, 'utf8')].map(byte => byte.toString(16).padStart(2, '0')));
		},
		capture,
		waitForText: (match, timeoutMs) => waitUntil(screen => (typeof match === 'string' ? screen.includes(match) : match.test(screen)), timeoutMs),
		waitUntil,
		waitUntilSettled,
		async resize(columns, rows) {
			await tmux('resize-window', '-t', socket, '-x', String(columns), '-y', String(rows));
		},
		async pipeOutput(file) {
			await tmux('pipe-pane', '-t', target, '-o', `cat >> ${shellQuote(file)}`);
		},
		async display(format) {
			return (await tmux('display-message', '-p', '-t', target, format)).stdout.trim();
		},
		async kill() {
			await tmux('kill-server').catch(() => undefined);
			rmSync(cwd, {recursive: true, force: true});
		},
	};
}
