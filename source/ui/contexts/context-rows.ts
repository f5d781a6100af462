// The contexts view's table as plain text cells: marker, name, description, endpoint, and what the
// probe found. Everything shown passes through sanitizeLabel (engine versions come from daemons).
import type {ContextRow} from '../../store/contexts/contexts-service.js';
import type {Tone} from '../theme.js';
import {fitCell} from '../text/display-width.js';
import {sanitizeLabel} from '../text/sanitize.js';

export type ContextLine = {text: string; tone: Tone | undefined; selectable: boolean};

/** What the probe found, in a few words; the full error is shown under the table for the selected row. */
export function probeText(row: ContextRow): {text: string; tone: Tone | undefined} {
	if (row.choice.error && !row.choice.endpoint) return {text: `✖ ${sanitizeLabel(row.choice.error)}`, tone: 'error'};
	if (row.probe === 'probing') return {text: '◌ probing…', tone: 'info'};
	if (row.probe === undefined) return {text: '', tone: undefined};
	if (!row.probe.reachable) return {text: `✖ ${sanitizeLabel(row.probe.error)}`, tone: 'error'};
	return {text: `● Engine ${sanitizeLabel(row.probe.engine)} · API ${sanitizeLabel(row.probe.apiVersion)}`, tone: 'ok'};
}

export function contextLines(rows: readonly ContextRow[], active: string | undefined, width: number): {header: string; lines: ContextLine[]} {
	const name = Math.min(24, Math.max(4, ...rows.map(row => row.choice.name.length)));
	const description = Math.min(28, Math.max(11, ...rows.map(row => row.choice.description.length)));
	const endpoint = Math.min(44, Math.max(8, ...rows.map(row => row.choice.host.length)));
	const cells = (marker: string, a: string, b: string, c: string, d: string) =>
		`${marker} ${fitCell(a, name)}  ${fitCell(b, description)}  ${fitCell(c, endpoint)}  ${fitCell(d, Math.max(0, width - name - description - endpoint - 8))}`;
	const header = cells(' ', 'NAME', 'DESCRIPTION', 'ENDPOINT', 'STATE');
	const lines = rows.map(row => {
		const probe = probeText(row);
		const marker = row.choice.name === active ? '*' : ' ';
		return {text: cells(marker, sanitizeLabel(row.choice.name), sanitizeLabel(row.choice.description), sanitizeLabel(row.choice.host), probe.text), tone: probe.tone, selectable: Boolean(row.choice.endpoint && !row.choice.error)};
	});
	return {header, lines};
}
