// Routes a request to its handler: strips and checks the /vX.Y prefix as dockerd does, then matches
// method and path. Unknown paths get dockerd's 404 JSON.
import type {IncomingMessage, ServerResponse} from 'node:http';
import {baseHeaders, sendError, sendJson} from './http-kit.js';
import {compareVersions, minimumApiVersion} from './versions.js';
import {DemoError, type World} from './world.js';

export type DemoContext = {
	req: IncomingMessage;
	res: ServerResponse;
	world: World;
	/** The API version this request speaks (its path prefix, else the served one). */
	version: string;
	served: string;
	query: URLSearchParams;
	params: string[];
};

export type Handler = (ctx: DemoContext) => void | Promise<void>;
export type Route = [method: string, pattern: RegExp, handler: Handler];

export function versionOf(pathname: string, served: string): {version: string; path: string} {
	const match = /^\/v(\d+\.\d+)(\/.*)$/.exec(pathname);
	if (!match) return {version: served, path: pathname};
	const version = match[1]!;
	if (compareVersions(version, served) > 0) throw new DemoError(400, `client version ${version} is too new. Maximum supported API version is ${served}`);
	if (compareVersions(version, minimumApiVersion) < 0) {
		throw new DemoError(400, `client version ${version} is too old. Minimum supported API version is ${minimumApiVersion}, please upgrade your client to a newer version`);
	}
	return {version, path: match[2]!};
}

export function createRouter(routes: Route[], world: World, served: string) {
	return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
		for (const [name, value] of Object.entries(baseHeaders(served))) res.setHeader(name, value);
		try {
			const url = new URL(req.url ?? '/', 'http://demo');
			const {version, path} = versionOf(url.pathname, served);
			const method = req.method === 'HEAD' ? 'GET' : req.method ?? 'GET';
			for (const [routeMethod, pattern, handler] of routes) {
				const match = pattern.exec(path);
				if (!match || routeMethod !== method) continue;
				const params = match.slice(1).map(part => decodeURIComponent(part));
				await handler({req, res, world, version, served, query: url.searchParams, params});
				return;
			}
			sendJson(res, 404, {message: 'page not found'});
		} catch (error) {
			if (res.headersSent) res.destroy();
			else sendError(res, error);
		}
	};
}
