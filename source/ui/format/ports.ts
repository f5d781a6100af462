// Published ports in one short cell: "8080→80/tcp, 443/tcp" (IPv4 and IPv6 duplicates folded).
import type {Port} from '../../engine/types.js';

export function formatPorts(ports: readonly Port[]): string {
	const seen = new Set<string>();
	const published: string[] = [];
	const exposed: string[] = [];
	const sorted = [...ports].sort((a, b) => a.PrivatePort - b.PrivatePort || (a.PublicPort ?? 0) - (b.PublicPort ?? 0));
	for (const port of sorted) {
		const proto = port.Type === 'tcp' ? '' : `/${port.Type}`;
		const text = port.PublicPort ? `${port.PublicPort}→${port.PrivatePort}${proto}` : `${port.PrivatePort}${proto}`;
		if (seen.has(text)) continue;
		seen.add(text);
		(port.PublicPort ? published : exposed).push(text);
	}
	return [...published, ...exposed].join(', ');
}
