// The single-file executable against the npm build: package build time and size, then the median of
// 5 runs of `version --json` and of the first screen in tmux (start → "● connected" with the list).
// Run: npm run bench:package  (DOCKER_HOST picks the daemon; default: the test daemon socket)
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {cliCommand, shellQuote, startTmux} from '../test/e2e/tmux.js';

const runs = 5;
const host = process.env.DOCKER_HOST ?? 'unix:///run/dockhand-test/docker.sock';
const scratch = mkdtempSync(join(tmpdir(), 'dockhand-package-bench-'));
const executable = join(scratch, 'dockhand-linux-x64');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function timed(run: () => void): number {
	const started = performance.now();
	run();
	return performance.now() - started;
}

const buildMs = timed(() => execFileSync(process.execPath, ['scripts/build.mjs'], {stdio: 'ignore'}));
const packageMs = timed(() => execFileSync(process.execPath, ['scripts/package.mjs', '--out', executable], {stdio: 'ignore'}));
const sizeMb = statSync(executable).size / 1024 / 1024;
const gzipMb = Number(execFileSync('sh', ['-c', `gzip -1 -c ${shellQuote(executable)} | wc -c`], {encoding: 'utf8'})) / 1024 / 1024;

function versionMs(command: string[]): number {
	const samples: number[] = [];
	for (let i = 0; i <= runs; i++) {
		const ms = timed(() => {
			const result = spawnSync(command[0]!, [...command.slice(1), 'version', '--json'], {env: {...process.env, DOCKER_HOST: host}});
			if (result.status !== 0) throw new Error(`${command.join(' ')} version failed: ${result.stderr}`);
		});
		if (i > 0) samples.push(ms); // the first run warms the page cache
	}
	return median(samples);
}

async function firstScreenMs(command: string): Promise<number> {
	const samples: number[] = [];
	for (let i = 0; i <= runs; i++) {
		const started = performance.now();
		const session = await startTmux({command, columns: 160, rows: 40, env: {DOCKER_HOST: host}});
		try {
			await session.waitForText(/● connected/, 20_000);
			if (i > 0) samples.push(performance.now() - started);
		} finally {
			await session.kill();
		}
	}
	return median(samples);
}

const npmBuild = [process.execPath, 'dist/cli.js'];
console.log(`Node ${process.version}, daemon ${host}, median of ${runs} runs after one warm-up; load ${(await import('node:os')).loadavg()[0]!.toFixed(1)}`);
console.log(`npm run build                      ${buildMs.toFixed(0)} ms`);
console.log(`npm run package (after the build)  ${packageMs.toFixed(0)} ms, ${sizeMb.toFixed(1)} MB (${gzipMb.toFixed(1)} MB gzip -1)`);
console.log(`version --json   npm build ${versionMs(npmBuild).toFixed(0)} ms   executable ${versionMs([executable]).toFixed(0)} ms`);
console.log(`first screen     npm build ${(await firstScreenMs(cliCommand())).toFixed(0)} ms   executable ${(await firstScreenMs(shellQuote(executable))).toFixed(0)} ms`);
rmSync(scratch, {recursive: true, force: true});
