// Every daemon the user has set up, as `docker context ls` lists them (plus -H and DOCKER_HOST when
// given): each resolved to an endpoint, or carrying the sentence that says why it cannot be. One
// broken context never hides the others. Reads files, never the network.
import {homedir} from 'node:os';
import {defaultSocketHost, realProbe} from './default-socket.js';
import {contextEndpoint, parseHost, tlsFromEnv, type ResolveEndpointOptions} from './endpoint.js';
import {currentContextName, dockerConfigDir, loadContext, storedContexts} from './docker-context.js';
import {describeError} from './errors.js';
import type {Endpoint} from './types.js';

export type EndpointChoice = {
	/** The context's name; '-H' and 'DOCKER_HOST' for the endpoints those name. */
	name: string;
	kind: 'flag' | 'env' | 'context';
	description: string;
	/** The endpoint URL as written in the context ('' when it could not be read). */
	host: string;
	/** The one the session starts with (resolved as the docker CLI resolves it). */
	current: boolean;
	endpoint?: Endpoint;
	error?: string;
};

/** The choice's name the endpoint resolution picks: -H, --context, DOCKER_HOST, DOCKER_CONTEXT, currentContext, default. */
function currentName(options: ResolveEndpointOptions, env: NodeJS.ProcessEnv, configDir: string): string {
	if (options.host) return '-H';
	if (options.context && (options.context !== 'default' || !env.DOCKER_HOST)) return options.context;
	if (env.DOCKER_HOST) return 'DOCKER_HOST';
	return env.DOCKER_CONTEXT || currentContextName(configDir) || 'default';
}

function attempt(choice: Omit<EndpointChoice, 'endpoint' | 'error'>, resolve: () => Endpoint): EndpointChoice {
	try {
		return {...choice, endpoint: resolve()};
	} catch (error) {
		return {...choice, error: describeError(error)};
	}
}

export function listEndpointChoices(options: ResolveEndpointOptions = {}): EndpointChoice[] {
	const env = options.env ?? process.env;
	const homeDir = options.homeDir ?? homedir();
	const configDir = dockerConfigDir(env, homeDir);
	let current: string;
	let configError: string | undefined;
	try {
		current = currentName(options, env, configDir);
	} catch (error) {
		// an unreadable config.json: the default socket is used (and said), the contexts are still listed
		current = 'default';
		configError = describeError(error);
	}
	const choices: EndpointChoice[] = [];
	if (options.host) choices.push(attempt({name: '-H', kind: 'flag', description: 'from the command line', host: options.host, current: true}, () => parseHost(options.host!, 'flag', tlsFromEnv(env, homeDir, options.tls))));
	if (env.DOCKER_HOST) {
		choices.push(attempt({name: 'DOCKER_HOST', kind: 'env', description: 'from the environment', host: env.DOCKER_HOST, current: current === 'DOCKER_HOST'}, () => parseHost(env.DOCKER_HOST!, 'env', tlsFromEnv(env, homeDir, options.tls))));
	}
	// the default context is the socket it resolves to (Podman's where Docker has none), not Docker's by name
	const probe = {env, exists: options.socketExists ?? realProbe().exists};
	const defaultChoice = attempt({name: 'default', kind: 'context', description: 'the local daemon', host: defaultSocketHost(probe), current: current === 'default'}, () => contextEndpoint(configDir, 'default', probe));
	choices.push(configError ? {...defaultChoice, error: configError, endpoint: defaultChoice.endpoint} : defaultChoice);
	const named = storedContexts(configDir);
	const names = new Set<string>();
	const broken: EndpointChoice[] = [];
	for (const entry of named) {
		if ('name' in entry) names.add(entry.name);
		else broken.push({name: `(${entry.folder.slice(0, 12)})`, kind: 'context', description: '', host: '', current: false, error: entry.error});
	}
	// a current context that is not in the store is listed too, with why it cannot be used
	if (current !== '-H' && current !== 'DOCKER_HOST' && current !== 'default') names.add(current);
	for (const name of [...names].filter(name => name !== 'default').sort()) {
		let description = '';
		let host = '';
		try {
			({description, host} = loadContext(configDir, name));
		} catch {
			// the attempt below says what is wrong
		}
		choices.push(attempt({name, kind: 'context', description, host, current: current === name}, () => contextEndpoint(configDir, name)));
	}
	return [...choices, ...broken];
}
