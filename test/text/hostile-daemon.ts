// The fake endpoint that lies in every field: serves the recorded API objects (stats included) poisoned (see
// hostile-fixtures.ts), framed log lines carrying the same, and {"message"} errors carrying it too.
import type http from 'node:http';
import {json, logFrame, type FakeRequest} from '../engine/fake-daemon.js';
import {hostile, poison, recordedApiObjects, recordedEvents} from './hostile-fixtures.js';

const api = recordedApiObjects();
const recorded = api.containers[0]!;
// Container A: every string but its ID poisoned, state and health included. Container B: enum-like
// fields left valid too, so its rows, detail and logs take the paths of a running container.
const enumPaths = (path: string) => /^(Id|State|State\.Status|State\.Health\.Status|Status|Ports\[\d+\]\.Type)$/.test(path) || path === 'Config.Tty';
const containerA = poison({...recorded, Names: ['/hostile-a']}, path => path === 'Id');
const containerB = poison({...recorded, Id: `${String(recorded.Id).startsWith("c") ? "d" : "c"}${String(recorded.Id).slice(1)}`, Names: ['/hostile-b']}, enumPaths);
const inspectA = poison({...api.containerInspect, Name: '/hostile-a'}, path => path === 'Id');
const inspectB = poison({...api.containerInspect, Id: containerB.Id, Name: '/hostile-b'}, enumPaths);
export const daemonError = (res: http.ServerResponse, status = 500) => json(res, status, {message: `no such thing${hostile}`});


export function hostileDaemon(request: FakeRequest, res: http.ServerResponse): void {
	const path = decodeURIComponent((request.url.split('?')[0] ?? '').replace(/^\/v[\d.]+/, ''));
	if (path === '/_ping') {
		res.writeHead(200, {'api-version': '1.41', server: 'Docker/20.10 \u009B6n\u009D0;PWNED-HDR\u009C', ostype: 'linux\u009B21t'});
		res.end('OK');
	} else if (path === '/version') json(res, 200, poison(api.version, p => p === 'ApiVersion' || p === 'MinAPIVersion'));
	else if (path === '/info') json(res, 200, poison(api.info));
	else if (path === '/system/df') json(res, 200, poison(api.systemDf));
	else if (path === '/containers/json') json(res, 200, [containerA, containerB]);
	else if (path.endsWith('/json') && path.startsWith('/containers/')) json(res, 200, path.includes('hostile-b') || path.startsWith(`/containers/${String(containerB.Id).slice(0, 12)}`) ? inspectB : inspectA);
	else if (path.startsWith('/containers/') && path.endsWith('/logs')) {
		if (!path.startsWith(`/containers/${String(containerB.Id).slice(0, 12)}`)) daemonError(res, 404);
		else {
			res.writeHead(200);
			res.write(logFrame(1, `2026-11-29T00:00:00.000000000Z line one${hostile}tail-one\n`));
			res.write(logFrame(2, `2026-11-29T00:00:01.000000000Z line two${hostile}tail-two\n`));
			res.write(logFrame(3, `the log driver failed${hostile}\n`));
		}
	} else if (path.startsWith('/containers/') && path.endsWith('/stats')) {
		res.writeHead(200, {'content-type': 'application/json'});
		res.end(`${JSON.stringify(poison(api.stats))}\n`);
	} else if (path === '/images/json') json(res, 200, poison(api.images));
	else if (path.startsWith('/images/') && path.endsWith('/json')) json(res, 200, poison(api.imageInspect));
	else if (path.startsWith('/images/') && path.endsWith('/history')) json(res, 200, poison(api.imageHistory));
	else if (path === '/volumes') json(res, 200, poison(api.volumes));
	else if (path === '/networks') json(res, 200, poison(api.networks));
	else if (path.startsWith('/networks/')) {
		const network = api.networks[0] as Record<string, unknown>;
		json(res, 200, poison({...network, Containers: {['a'.repeat(64)]: {Name: 'hostile-a', IPv4Address: '172.17.0.2/16', IPv6Address: '', MacAddress: '02:42:ac:11:00:02'}}}));
	}
	else if (path === '/events') {
		res.writeHead(200);
		for (const event of recordedEvents()) res.write(`${JSON.stringify(poison(event))}\n`);
		res.write(`not json${hostile}\n`);
	} else daemonError(res);
}

