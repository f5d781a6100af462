// Regression: where supports-color reports no colour (CI=true, TERM=dumb) Ink's chalk dropped every
// attribute, inverse included, so the selected row looked like all the others.
import {afterAll, beforeAll, expect, it} from 'vitest';
import {createContainer, removeTestContainers} from '../store/test-containers.js';
import {describeDaemon, testDockerHost, uniqueName} from '../support/daemon.js';
import {startTmux, type TmuxSession} from './tmux.js';

const prefix = uniqueName('sel');
const ids: string[] = [];
let session: TmuxSession | undefined;

/** Does the screen line showing `name` carry reverse video (SGR 7)? */
function inverseOn(styled: string, name: string): boolean {
	const line = styled.split('\n').find(row => row.includes(name)) ?? '';
	return /\u001B\[(?:\d+;)*7(?:;\d+)*m/.test(line.slice(0, line.indexOf(name)));
}

describeDaemon('the selection without colour support', () => {
	beforeAll(async () => {
		for (const suffix of ['a', 'b']) ids.push((await createContainer(testDockerHost, prefix, {name: `${prefix}-${suffix}`})).id);
	});
	afterAll(async () => {
		await session?.kill();
		await removeTestContainers(testDockerHost, ids);
	});

	for (const env of [{TERM: 'dumb'}, {CI: 'true'}, {NO_COLOR: '1'}]) {
		it(`is drawn in reverse video with ${Object.entries(env)[0]!.join('=')} and follows j`, async () => {
			await session?.kill();
			session = await startTmux({columns: 120, rows: 20, env: {DOCKER_HOST: testDockerHost, ...env}});
			await session.sendKeys('/');
			await session.waitForText(/^\/.*\(\d+\/\d+\)/m);
			await session.sendText(prefix);
			await session.sendKeys('Enter');
			await session.waitForText(`${prefix}-b`);
			expect(inverseOn(await session.capture({escapes: true}), `${prefix}-a`)).toBe(true);
			await session.sendKeys('j');
			await session.waitUntil(() => true);
			let styled = '';
			for (const started = Date.now(); Date.now() - started < 5000; ) {
				styled = await session.capture({escapes: true});
				if (inverseOn(styled, `${prefix}-b`)) break;
			}
			expect(inverseOn(styled, `${prefix}-b`)).toBe(true);
			expect(inverseOn(styled, `${prefix}-a`)).toBe(false);
		});
	}
});
