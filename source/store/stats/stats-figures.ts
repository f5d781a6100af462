// Figures from one /stats sample, computed as the docker CLI computes them. Anything the daemon
// did not send (no networks under --network none, empty blkio on cgroup v1, Podman's shapes, a
// container that stopped mid-stream) is null, never NaN.
import type {StatsSample} from '../../engine/types.js';

export type StatsFigures = {
	/** ms since epoch of the sample (the daemon's `read`). */
	at: number;
	cpuPercent: number | null;
	memUsed: number | null;
	memLimit: number | null;
	memPercent: number | null;
	/** Byte counters since the container started; rates come from two samples (statsRates). */
	netRx: number | null;
	netTx: number | null;
	blkRead: number | null;
	blkWrite: number | null;
	pids: number | null;
};

type CpuBlock = StatsSample['cpu_stats'];

/** The daemon's zero time ("0001-01-01T00:00:00Z") marks a sample of a container that is gone. */
export function sampleTime(sample: Pick<StatsSample, 'read'>): number | null {
	const at = Date.parse(sample.read);
	return Number.isFinite(at) && at > 0 ? at : null;
}

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * Δ container CPU / Δ system CPU × CPUs × 100. The previous reading is the sample's own precpu_stats;
 * when that is empty (first streamed sample, one-shot samples, Podman's stream=false) the caller's
 * previous sample stands in. null when there is nothing to compare with.
 */
export function cpuPercent(cpu: CpuBlock | undefined, precpu: CpuBlock | undefined, previous?: CpuBlock): number | null {
	const now = cpu?.cpu_usage?.total_usage;
	const system = cpu?.system_cpu_usage;
	if (!cpu || !finite(now) || !finite(system) || system === 0) return null;
	const before = finite(precpu?.system_cpu_usage) && precpu.system_cpu_usage > 0 ? precpu : previous;
	const beforeUsage = before?.cpu_usage?.total_usage;
	const beforeSystem = before?.system_cpu_usage;
	if (!finite(beforeUsage) || !finite(beforeSystem) || beforeSystem === 0) return null;
	const cpus = finite(cpu.online_cpus) && cpu.online_cpus > 0 ? cpu.online_cpus : (cpu.cpu_usage.percpu_usage?.length ?? 0);
	const cpuDelta = now - beforeUsage;
	const systemDelta = system - beforeSystem;
	if (cpus === 0 || systemDelta <= 0) return null;
	return cpuDelta > 0 ? (cpuDelta / systemDelta) * cpus * 100 : 0;
}

/** usage − inactive_file (cgroup v2) or − total_inactive_file (v1) when present and smaller, else usage. */
export function memoryUsed(memory: StatsSample['memory_stats'] | undefined): number | null {
	const usage = memory?.usage;
	if (!finite(usage)) return null;
	const stats = memory?.stats;
	const inactive = stats?.total_inactive_file ?? stats?.inactive_file;
	return finite(inactive) && inactive < usage ? usage - inactive : usage;
}

function sumNetworks(networks: StatsSample['networks']): {rx: number; tx: number} | null {
	if (!networks || typeof networks !== 'object') return null;
	const entries = Object.values(networks);
	if (entries.length === 0) return null;
	let rx = 0;
	let tx = 0;
	for (const network of entries) {
		rx += finite(network?.rx_bytes) ? network.rx_bytes : 0;
		tx += finite(network?.tx_bytes) ? network.tx_bytes : 0;
	}
	return {rx, tx};
}

/** Read/write bytes summed over devices; ops are "Read"/"Write" on cgroup v1, "read"/"write" on v2. */
function sumBlockIo(blkio: StatsSample['blkio_stats']): {read: number; write: number} | null {
	const entries = blkio?.io_service_bytes_recursive;
	if (!Array.isArray(entries) || entries.length === 0) return null;
	let read = 0;
	let write = 0;
	for (const entry of entries) {
		const op = String(entry?.op ?? '').toLowerCase();
		if (!finite(entry?.value)) continue;
		if (op === 'read') read += entry.value;
		else if (op === 'write') write += entry.value;
	}
	return {read, write};
}

export function statsFigures(sample: StatsSample, previous?: StatsSample): StatsFigures | null {
	const at = sampleTime(sample);
	if (at === null) return null;
	const memUsed = memoryUsed(sample.memory_stats);
	const limit = sample.memory_stats?.limit;
	const memLimit = finite(limit) && limit > 0 ? limit : null;
	const net = sumNetworks(sample.networks);
	const blk = sumBlockIo(sample.blkio_stats);
	const pids = sample.pids_stats?.current;
	return {
		at,
		cpuPercent: cpuPercent(sample.cpu_stats, sample.precpu_stats, previous?.cpu_stats),
		memUsed,
		memLimit,
		memPercent: memUsed !== null && memLimit !== null ? (memUsed / memLimit) * 100 : null,
		netRx: net?.rx ?? null,
		netTx: net?.tx ?? null,
		blkRead: blk?.read ?? null,
		blkWrite: blk?.write ?? null,
		pids: finite(pids) ? pids : null,
	};
}

export type StatsRates = {netRx: number | null; netTx: number | null; blkRead: number | null; blkWrite: number | null};

/** Bytes per second between two samples; null where either lacks the counter or it went backwards (restart). */
export function statsRates(before: StatsFigures | null | undefined, after: StatsFigures): StatsRates {
	const seconds = before ? (after.at - before.at) / 1000 : 0;
	const rate = (key: keyof StatsRates) => {
		const a = before?.[key];
		const b = after[key];
		if (seconds <= 0 || a === null || a === undefined || b === null || b < a) return null;
		return (b - a) / seconds;
	};
	return {netRx: rate('netRx'), netTx: rate('netTx'), blkRead: rate('blkRead'), blkWrite: rate('blkWrite')};
}
