// Drives the BUILT dockhand binary in a private tmux server: keys in, screen text out. Each app
// gets its own tmux socket, so parallel test files never share a session.
import {execFile} from 'node:child_process';
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';

const run = promisify(execFile);
export const binary = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export type TmuxApp = {
	screen(): Promise<string>;
	/** tmux key names ('s', 'Escape', 'Enter', 'Space', 'C-k'), each sent on its own so none merge into one escape sequence. */
	press(...keys: string[]): Promise<void>;
	/** Literal text, e.g. a filter or a shell command. */
	type(text: string): Promise<void>;
	waitFor(match: string | RegExp, timeoutMs?: number): Promise<string>;
	waitUntil(check: (screen: string) => boolean, timeoutMs?: number): Promise<string>;
	/** Opens the list filter (retrying '/' until its prompt shows, so no text lands on the list as keys) and filters to text. */
	filter(text: string): Promise<void>;
	close(): Promise<void>;
};

export async function startApp(options: {args?: string[]; env?: Record<string, string>; columns?: number; rows?: number} = {}): Promise<TmuxApp> {
	if (!existsSync(binary)) throw new Error('dist/cli.js is missing: run `npm run build` first');
	const socket = `dh-e2e-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
	const tmux = (...args: string[]) => run('tmux', ['-L', socket, ...args]);
	const env = Object.entries({TERM: 'xterm-256color', NO_COLOR: '1', ...options.env}).map(([key, value]) => `${key}=${quote(value)}`).join(' ');
	const command = `env ${env} ${quote(process.execPath)} ${quote(binary)} ${(options.args ?? []).map(quote).join(' ')}; sleep 60`;
	await tmux('new-session', '-d', '-s', 'app', '-x', String(options.columns ?? 140), '-y', String(options.rows ?? 35), command);
	const screen = async () => (await tmux('capture-pane', '-p', '-t', 'app')).stdout;
	const waitUntil = async (check: (text: string) => boolean, timeoutMs = 10_000) => {
		const deadline = Date.now() + timeoutMs;
		let text = await screen();
		while (!check(text)) {
			if (Date.now() > deadline) throw new Error(`screen never matched within ${timeoutMs} ms; last screen:\n${text}`);
			await new Promise(resolve => setTimeout(resolve, 50));
			text = await screen();
		}
		return text;
	};
	const press = async (...keys: string[]) => {
		for (const key of keys) {
			await tmux('send-keys', '-t', 'app', key);
			// A lone ESC followed quickly by a key reads as Alt+key: give Escape time to stand alone.
			await new Promise(resolve => setTimeout(resolve, key === 'Escape' ? 150 : 40));
		}
	};
	const promptShows = (text: string) => /Enter keep/.test(text);
	return {
		screen,
		press,
		async filter(text) {
			const promptText = (screen: string) => /^\/(\S*) {2}\(\d+\/\d+\)/m.exec(screen)?.[1];
			if (!promptShows(await screen())) await press('/');
			await waitUntil(promptShows, 15_000);
			// The prompt may show a frame before it takes keys: probe with 'z' (no list key) until it lands there,
			// so the real text can never reach the list as commands.
			for (let attempt = 0; ; attempt++) {
				await tmux('send-keys', '-t', 'app', '-l', 'z');
				if (await waitUntil(screen => promptText(screen)?.endsWith('z') === true, 1000).then(() => true, () => false)) break;
				if (attempt === 5) throw new Error(`the filter prompt never took keys; last screen:\n${await screen()}`);
			}
			const typed = promptText(await screen()) ?? '';
			for (let index = 0; index < typed.length; index++) await press('BSpace');
			await waitUntil(screen => promptText(screen) === '');
			// One key at a time, as typed: a burst can arrive merged with the Enter that follows.
			for (const char of text) await tmux('send-keys', '-t', 'app', '-l', char);
			await waitUntil(screen => promptText(screen) === text);
			await press('Enter');
			await waitUntil(screen => screen.includes(`filter: ${text}`));
		},
		async type(text) {
			await tmux('send-keys', '-t', 'app', '-l', text);
		},
		waitFor: (match, timeoutMs) => waitUntil(text => (typeof match === 'string' ? text.includes(match) : match.test(text)), timeoutMs),
		waitUntil,
		async close() {
			await tmux('kill-server').catch(() => {});
		},
	};
}

function quote(text: string): string {
	return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
