// Finds the real test daemon once for the whole run. Under CI a missing daemon fails the run;
// locally the integration tests skip with a visible notice.
import {readdirSync} from 'node:fs';
import http from 'node:http';
import {fileURLToPath} from 'node:url';
import type {TestProject} from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		dockerHost: string;
	}
}

function candidates(): string[] {
	const list = [process.env.DOCKHAND_TEST_DOCKER_HOST, process.env.DOCKER_HOST, 'unix:///run/dockhand-test/docker.sock'];
	return list.filter((h): h is string => Boolean(h && h.startsWith('unix://')));
}

function ping(host: string): Promise<boolean> {
	return new Promise(resolve => {
		const req = http.get({socketPath: host.slice('unix://'.length), path: '/_ping', timeout: 2000}, res => {
			res.resume();
			resolve(res.statusCode === 200);
		});
		req.on('error', () => resolve(false));
		req.on('timeout', () => {
			req.destroy();
			resolve(false);
		});
	});
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const builtHere = new Set(['dist', 'node_modules', 'coverage']);

/** Tests write their files to temporary folders: one that appears in the project fails the run. */
function leftInTheProject(): () => void {
	const before = new Set(readdirSync(root));
	return () => {
		const added = readdirSync(root).filter(name => !before.has(name) && !builtHere.has(name));
		if (added.length > 0) throw new Error(`tests left files in the project folder (write them to a temporary directory): ${added.join(', ')}`);
	};
}

export default async function setup(project: TestProject) {
	const teardown = leftInTheProject();
	for (const host of candidates()) {
		if (await ping(host)) {
			project.provide('dockerHost', host);
			return teardown;
		}
	}
	if (process.env.CI === 'true') {
		throw new Error('CI=true but no test dockerd answers /_ping (run: bash test/support/dockerd.sh start)');
	}
	console.warn('\n*** No test dockerd found: integration and e2e tests are SKIPPED (bash test/support/dockerd.sh start) ***\n');
	project.provide('dockerHost', '');
	return teardown;
}
