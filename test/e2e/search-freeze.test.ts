// Catastrophic regexes in the logs search of the built binary, over a full buffer (10k lines) from
// the real daemon: keys pressed while the buffer is searched are drawn at once, and a pattern that
// could run for minutes is refused in one line.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, afterEach, beforeAll, expect, it} from 'vitest';
import {describeNeeding, testDockerHost, uniqueName} from '../support/daemon.js';
import {createTestContainer, removeContainers} from './actions-fixtures.js';
import {startApp, type TmuxApp} from './actions-tmux.js';
import {ensureBuilt} from './tmux.js';

const name = uniqueName('regex');
const scratch = mkdtempSync(join(tmpdir(), 'dh-regex-'));
const ids: string[] = [];
let app: TmuxApp | undefined;
// 10,000 lines of `N aaa…a!` (300 a's): each defeats a backtracking (a+)+$
const script = 'a=aaaaaaaaaa; a=$a$a$a$a$a$a$a$a$a$a; a=$a$a$a; seq 0 9999 | sed "s/$/ $a!/"; trap exit TERM; while :; do sleep 1; done';

/** Milliseconds from sending `key` until the screen passes `check`. */
async function drawnAfter(key: string, check: (screen: string) => boolean): Promise<{ms: number; screen: string}> {
	const started = performance.now();
	await app!.session.sendKeys(key);
	for (;;) {
		const screen = await app!.screen();
		if (check(screen)) return {ms: performance.now() - started, screen};
		if (performance.now() - started > 10_000) throw new Error(`${key} was not drawn within 10 s:\n${screen}`);
	}
}

describeNeeding('real-daemon', "searches 10k lines its container's command prints")('a catastrophic search does not freeze the program', () => {
	beforeAll(async () => {
		ensureBuilt();
		ids.push(await createTestContainer(name, {start: true, cmd: ['sh', '-c', script]}));
	});
	afterEach(async () => {
		await app?.close();
		app = undefined;
	});
	afterAll(async () => {
		await removeContainers(ids);
		rmSync(scratch, {recursive: true, force: true});
	});

	it.each(['(a+)+$', '(a|aa)+$'])('keys pressed while %s searches 10k lines are drawn within 200 ms', async query => {
		const config = join(scratch, 'config.json');
		writeFileSync(config, JSON.stringify({logTail: 10_000}));
		app = await startApp({env: {DOCKER_HOST: testDockerHost, DOCKHAND_CONFIG: config}, columns: 140, rows: 30});
		await app.waitFor('connected');
		await app.filter(name);
		await app.waitFor(new RegExp(`● ${name} +running`));
		await app.press('Enter');
		await app.waitFor(/9999 aaaa[\s\S]*10\.0k lines|10\.0k lines[\s\S]*9999 aaaa/, 30_000);
		// what drawing a key costs here without a search (a loaded machine gets that much more time)
		const on = await drawnAfter('w', screen => screen.includes(' · wrap'));
		const off = await drawnAfter('w', screen => !screen.includes(' · wrap'));
		const baseline = (on.ms + off.ms) / 2;
		await app.press('/');
		await app.session.sendText(query);
		await app.press('Enter');
		await app.waitFor(/searching… \d+%/);
		for (const [key, check] of [
			['t', (screen: string) => /\d\d:\d\d:\d\d\.\d{3} 99\d\d aaa/.test(screen)],
			['w', (screen: string) => screen.includes(' · wrap')],
		] as const) {
			const {ms, screen} = await drawnAfter(key, check);
			expect(ms).toBeLessThan(200 + baseline);
			expect(screen).toMatch(/searching… \d+%/);
		}
		await app.press('q');
		await app.session.waitUntil(screen => !screen.includes('searching'), 5000);
	});

	it('(.*a){20} is refused in one line and the prompt keeps working', async () => {
		app = await startApp({env: {DOCKER_HOST: testDockerHost}, columns: 140, rows: 30});
		await app.waitFor('connected');
		await app.filter(name);
		await app.waitFor(new RegExp(`● ${name} +running`));
		await app.press('Enter');
		await app.waitFor(/9999 aaaa/, 30_000);
		await app.press('/');
		await app.session.sendText('(.*a){20}');
		const screen = await app.waitFor(/refused: this regex could run for minutes/);
		expect(screen.split('\n').filter(line => line.includes('refused')).length).toBe(1);
		await app.press('Escape');
		await app.waitUntil(screen => !screen.includes('refused'));
	});
});
