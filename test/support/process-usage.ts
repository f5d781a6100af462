// CPU time and memory of a process, from /proc: benchmarks measure dockhand's own share of a core and its RSS.
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';

const clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], {encoding: 'utf8'}).trim()) || 100;

export function cpuSeconds(pid: number): number {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
	return (Number(fields[11]) + Number(fields[12])) / clockTicks; // utime + stime
}

/** RSS in MB, split into anonymous memory (heaps) and file-backed pages (mostly the node binary's code, shared with other Node processes). */
export function memory(pid: number): {rss: number; peak: number; anon: number; file: number} {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
	return {rss: kb('VmRSS'), peak: kb('VmHWM'), anon: kb('RssAnon'), file: kb('RssFile')};
}
