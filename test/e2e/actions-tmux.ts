// The actions tests' view of a dockhand run in tmux (built on tmux.ts): key presses paced so an
// Escape never merges with the next key, and a filter helper that makes sure the prompt takes keys.
import {existsSync} from 'node:fs';
import {cliCommand, cliPath, shellQuote, startTmux, type TmuxSession} from './tmux.js';

export const binary = cliPath;

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
	/** The tmux session underneath (pane pid, kill-session). */
	session: TmuxSession;
};

/** `stderrFile`: dockhand's stderr goes there, and dockhand is the pane's process (its pid is #{pane_pid}). */
export async function startApp(options: {args?: string[]; env?: Record<string, string>; columns?: number; rows?: number; stderrFile?: string} = {}): Promise<TmuxApp> {
	if (!existsSync(binary)) throw new Error('dist/cli.js is missing: run `npm run build` first');
	const command = options.stderrFile ? `${cliCommand(options.args)} 2>${shellQuote(options.stderrFile)}` : cliCommand(options.args);
	const session = await startTmux({command, exec: Boolean(options.stderrFile), columns: options.columns ?? 140, rows: options.rows ?? 35, env: {NO_COLOR: '1', ...options.env}});
	const screen = () => session.capture();
	const waitUntil = (check: (text: string) => boolean, timeoutMs = 10_000) => session.waitUntil(check, timeoutMs);
	const press = async (...keys: string[]) => {
		for (const key of keys) {
			await session.sendKeys(key);
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
			// Probe with 'z' (no list key) until it lands in the prompt, so the real text can never reach the list as commands.
			for (let attempt = 0; ; attempt++) {
				await session.sendText('z');
				if (await waitUntil(screen => promptText(screen)?.endsWith('z') === true, 1000).then(() => true, () => false)) break;
				if (attempt === 5) throw new Error(`the filter prompt never took keys; last screen:\n${await screen()}`);
			}
			const typed = promptText(await screen()) ?? '';
			for (let index = 0; index < typed.length; index++) await press('BSpace');
			await waitUntil(screen => promptText(screen) === '');
			for (const char of text) await session.sendText(char);
			await waitUntil(screen => promptText(screen) === text);
			await press('Enter');
			await waitUntil(screen => screen.includes(`filter: ${text}`));
		},
		type: text => session.sendText(text),
		waitFor: (match, timeoutMs) => waitUntil(text => (typeof match === 'string' ? text.includes(match) : match.test(text)), timeoutMs),
		waitUntil,
		close: () => session.kill(),
		session,
	};
}
