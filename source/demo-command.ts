// `dockhand demo-engine --socket PATH [--containers N] [--api-version X.Y] [--seed S]`: serves the
// simulated Docker Engine until SIGINT/SIGTERM, then removes the socket file.
import {parseArgs} from 'node:util';
import {defaultDemoContainers, startDemoEngine} from './demo-engine/server.js';

export async function runDemoEngineCommand(argv: string[]): Promise<number> {
	let values: {socket?: string; containers?: string; 'api-version'?: string; seed?: string};
	try {
		({values} = parseArgs({args: argv, options: {socket: {type: 'string'}, containers: {type: 'string'}, 'api-version': {type: 'string'}, seed: {type: 'string'}}, allowPositionals: false}));
	} catch (error) {
		process.stderr.write(`dockhand demo-engine: ${error instanceof Error ? error.message : String(error)}\n`);
		return 2;
	}
	const containers = Number(values.containers ?? defaultDemoContainers);
	const seed = Number(values.seed ?? 1);
	if (!values.socket) return usage('--socket PATH is required');
	if (!Number.isInteger(containers) || containers < 1 || containers > 100_000) return usage('--containers must be a whole number from 1 to 100000');
	if (!Number.isInteger(seed)) return usage('--seed must be a whole number');
	let engine;
	try {
		engine = await startDemoEngine({socketPath: values.socket, containers, seed, apiVersion: values['api-version']});
	} catch (error) {
		return usage(error instanceof Error ? error.message : String(error));
	}
	process.stdout.write(`dockhand demo engine: API ${engine.apiVersion}, ${containers} containers, seed ${seed}, listening on unix://${values.socket}\n`);
	const stopped = await new Promise<NodeJS.Signals>(resolve => {
		process.once('SIGINT', resolve);
		process.once('SIGTERM', resolve);
	});
	await engine.close();
	process.stdout.write(`dockhand demo engine: ${stopped}, socket removed\n`);
	return 0;
}

function usage(message: string): number {
	process.stderr.write(`dockhand demo-engine: ${message}\nusage: dockhand demo-engine --socket PATH [--containers N] [--api-version X.Y] [--seed S]\n`);
	return 2;
}
