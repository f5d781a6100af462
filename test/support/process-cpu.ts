// CPU time a process has used (user + system), from /proc: benchmarks measure dockhand's own share of a core.
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';

const clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], {encoding: 'utf8'}).trim()) || 100;

export function cpuSeconds(pid: number): number {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
	return (Number(fields[11]) + Number(fields[12])) / clockTicks; // utime + stime
}
