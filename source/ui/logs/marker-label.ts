// The text of a crash marker line: what happened, the exit code (with the signal it means), when.
import type {CrashMarker} from '../../store/logs/crash-markers.js';
import type {Tone} from '../theme.js';
import {formatLineTime} from './line-format.js';

const signals: Record<number, string> = {1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 6: 'SIGABRT', 9: 'SIGKILL', 11: 'SIGSEGV', 13: 'SIGPIPE', 15: 'SIGTERM'};

/** "exit code 137 (SIGKILL)": codes above 128 are 128 + the signal that ended the process. */
export function describeExitCode(code: number | null): string {
	if (code === null) return 'exit code unknown';
	const signal = code > 128 ? signals[code - 128] : undefined;
	return signal ? `exit code ${code} (${signal})` : `exit code ${code}`;
}

export function markerText(marker: CrashMarker): {text: string; tone: Tone} {
	switch (marker.kind) {
		case 'died':
			return marker.exitCode === 0 ? {text: `exited · ${describeExitCode(0)}`, tone: 'muted'} : {text: `died · ${describeExitCode(marker.exitCode)}`, tone: 'error'};
		case 'oom':
			return {text: 'OOM-killed (out of memory)', tone: 'error'};
		case 'restarted':
			return {text: 'restarted', tone: 'warn'};
		case 'started':
			return {text: 'started again', tone: 'warn'};
		case 'health':
			return {text: `health: ${marker.health}`, tone: marker.health === 'unhealthy' ? 'error' : marker.health === 'healthy' ? 'ok' : 'muted'};
	}
}

/** The whole marker row: "── died · exit code 1 · 23:49:06.155 ──", with the container's name in merged views. */
export function markerLine(marker: CrashMarker, name: string | null, showDate: boolean): {text: string; tone: Tone} {
	const {text, tone} = markerText(marker);
	const who = name ? `${name}: ` : '';
	const at = marker.kind === 'restarted' || marker.kind === 'started' ? marker.at : marker.time;
	return {text: `── ${who}${text} · ${formatLineTime(at, showDate)} ──`, tone};
}
