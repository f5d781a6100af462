// The daemons the contexts view offers, each with what probing it found. Probes run in the
// background a few at a time; closing drops results still on their way (their engines close).
import type {EndpointChoice} from '../../engine/endpoint-choices.js';
import {forEachLimited, type ProbeResult} from '../../engine/endpoint-probe.js';
import type {Endpoint} from '../../engine/types.js';

export type ContextRow = {choice: EndpointChoice; probe: ProbeResult | 'probing' | undefined};

export type ContextsState = {rows: readonly ContextRow[]; /** the name of the choice the session uses */ active: string | undefined};

export type ContextsService = {
	getState(): ContextsState;
	subscribe(listener: () => void): () => void;
	/** Lists the choices again and probes each (what is still probing from before is dropped). */
	refresh(): void;
	setActive(name: string): void;
	close(): void;
};

export type ContextsServiceOptions = {
	list: () => EndpointChoice[];
	probe: (endpoint: Endpoint) => Promise<ProbeResult>;
	concurrency?: number;
};

export function createContextsService(options: ContextsServiceOptions): ContextsService {
	const concurrency = options.concurrency ?? 4;
	let state: ContextsState = {rows: [], active: undefined};
	let round = 0;
	let closed = false;
	const listeners = new Set<() => void>();
	const set = (next: ContextsState) => {
		state = next;
		for (const listener of [...listeners]) listener();
	};
	const setProbe = (index: number, probe: ContextRow['probe']) => set({...state, rows: state.rows.map((row, at) => (at === index ? {...row, probe} : row))});

	async function probeAll(myRound: number) {
		const current = () => myRound === round && !closed;
		const pending = state.rows.flatMap((row, index) => (row.probe === 'probing' ? [{endpoint: row.choice.endpoint!, index}] : []));
		// a refresh or close while probing: the rest of this round is skipped, late answers dropped
		await forEachLimited(pending, concurrency, item => (current() ? options.probe(item.endpoint) : Promise.resolve(undefined)), (item, result) => {
			if (result && current()) setProbe(item.index, result);
		});
	}

	return {
		getState: () => state,
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		refresh() {
			if (closed) return;
			const myRound = ++round;
			const rows = options.list().map(choice => ({choice, probe: choice.endpoint && !choice.error ? ('probing' as const) : undefined}));
			set({rows, active: state.active ?? rows.find(row => row.choice.current)?.choice.name});
			void probeAll(myRound);
		},
		setActive(name) {
			set({...state, active: name});
		},
		close() {
			closed = true;
			listeners.clear();
		},
	};
}
