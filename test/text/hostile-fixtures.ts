// A daemon that lies: every string of real API objects (recorded from dockerd 20.10) carries escape
// sequences and controls that would retitle the terminal, write the clipboard, plant a hyperlink,
// query the terminal or reorder text. `expectInert` checks that none of it reached the bytes written.
import {readFileSync} from 'node:fs';
import {expect} from 'vitest';

/** OSC 0/2 (titles), OSC 8 (hyperlink), OSC 52 (clipboard), CSI queries, C1 CSI/OSC, bidi controls incl. U+061C. */
export const hostile = [
	'\u001B]8;;https://evil.example/PWNED-LINK\u0007click\u001B]8;;\u0007',
	'\u001B]52;c;UFdORUQtQ0xJUA==\u0007',
	'\u001B[6n\u001B[21t\u001B[31;1m',
	'\u009B6n\u009D0;PWNED-C1\u009C',
	'\u061C\u200E\u202E\u2067',
	'\r\b',
	'\u001B]0;PWNED-TITLE\u0007',
	'\u001B]2;PWNED-TITLE2\u001B\\',
].join('');

/** `value` with `hostile` appended to every string (keys of string maps too, so labels are covered). */
export function poison<T>(value: T, keep: (path: string) => boolean = () => false, path = ''): T {
	if (typeof value === 'string') return (keep(path) ? value : `${value}${hostile}`) as T;
	if (Array.isArray(value)) return value.map((item, index) => poison(item, keep, `${path}[${index}]`)) as T;
	if (value === null || typeof value !== 'object') return value;
	const mapKeys = /(^|\.)(Labels|Options|Env|Ports|Networks|networks|Volumes|ExposedPorts|Plugins|DriverStatus)$/.test(path);
	return Object.fromEntries(Object.entries(value).map(([key, item]) => [mapKeys && !keep(`${path}.${key}`) ? `${key}${hostile}` : key, poison(item, keep, path ? `${path}.${key}` : key)])) as T;
}

export type ApiObjects = {
	containers: Array<Record<string, unknown>>;
	containerInspect: Record<string, unknown>;
	images: Array<Record<string, unknown>>;
	imageInspect: Record<string, unknown>;
	imageHistory: unknown[];
	volumes: {Volumes: unknown[]};
	networks: unknown[];
	version: Record<string, unknown>;
	info: Record<string, unknown>;
	systemDf: Record<string, unknown>;
	stats: Record<string, unknown>;
};

export function recordedApiObjects(): ApiObjects {
	return JSON.parse(readFileSync(new URL('fixtures/api-objects.json', import.meta.url), 'utf8')) as ApiObjects;
}

export function recordedEvents(): unknown[] {
	return readFileSync(new URL('fixtures/events.ndjson', import.meta.url), 'utf8').trim().split('\n').map(line => JSON.parse(line) as unknown);
}

/** No byte of `output` carries anything of `hostile`: no OSC/DCS/APC, no C1, no bidi control, no BEL/BS/CR,
 * none of the CSI queries, and none of the text that lived inside the sequences. */
export function expectInert(output: string, where: string): void {
	const found = (pattern: RegExp) => pattern.exec(output)?.[0];
	expect(found(/PWNED|UFdORUQ/), `${where}: text from inside an escape sequence`).toBeUndefined();
	expect(found(/\u001B[\]PX^_]/), `${where}: OSC/DCS/SOS/PM/APC`).toBeUndefined();
	expect(found(/[\u0080-\u009F]/), `${where}: C1 control`).toBeUndefined();
	expect(found(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/), `${where}: bidi control`).toBeUndefined();
	// a terminal's own line discipline writes \r\n; a lone \r would be the daemon's
	expect(found(/[\u0007\u0008]|\r(?!\n)/), `${where}: BEL/BS/CR`).toBeUndefined();
	expect(found(/\u001B\[(6n|21t|31;1m)/), `${where}: the daemon's CSI`).toBeUndefined();
}
