// A ring of log lines bounded by count AND bytes: a container that never stops talking keeps a
// fixed window of its newest lines, so memory stays flat.
import {lineCost, type LogLine} from './log-line.js';

export type RingBounds = {maxLines: number; maxBytes: number};

export class LogRing {
	private slots: Array<LogLine | undefined>;
	private head = 0; // index of the oldest line
	private count = 0;
	private bytes = 0;
	/** Lines pushed out by the bounds since creation (not by clear). */
	evicted = 0;

	constructor(readonly bounds: RingBounds) {
		if (bounds.maxLines < 1 || bounds.maxBytes < 1) throw new RangeError('ring bounds must be positive');
		this.slots = new Array<LogLine | undefined>(Math.min(bounds.maxLines, 1024));
	}

	get size(): number {
		return this.count;
	}

	get byteSize(): number {
		return this.bytes;
	}

	/** The i-th oldest line held (0 = oldest). */
	at(index: number): LogLine | undefined {
		if (index < 0 || index >= this.count) return undefined;
		return this.slots[(this.head + index) % this.slots.length];
	}

	first(): LogLine | undefined {
		return this.at(0);
	}

	last(): LogLine | undefined {
		return this.at(this.count - 1);
	}

	push(line: LogLine): void {
		const cost = lineCost(line.text);
		// the newest line always stays, even when it alone is over the byte bound
		while (this.count > 0 && (this.count >= this.bounds.maxLines || this.bytes + cost > this.bounds.maxBytes)) this.dropOldest();
		if (this.count === this.slots.length) this.grow();
		this.slots[(this.head + this.count) % this.slots.length] = line;
		this.count++;
		this.bytes += cost;
	}

	/** Index of the line with this seq (lines are in seq order), or -1. */
	indexOfSeq(seq: number): number {
		const first = this.first();
		if (!first) return -1;
		const index = seq - first.seq;
		return this.at(index)?.seq === seq ? index : -1;
	}

	clear(): void {
		this.slots = new Array<LogLine | undefined>(Math.min(this.bounds.maxLines, 1024));
		this.head = 0;
		this.count = 0;
		this.bytes = 0;
	}

	toArray(): LogLine[] {
		const out: LogLine[] = [];
		for (let index = 0; index < this.count; index++) out.push(this.at(index)!);
		return out;
	}

	private dropOldest(): void {
		const line = this.slots[this.head]!;
		this.slots[this.head] = undefined;
		this.head = (this.head + 1) % this.slots.length;
		this.count--;
		this.bytes -= lineCost(line.text);
		this.evicted++;
	}

	private grow(): void {
		const capacity = Math.min(this.bounds.maxLines, this.slots.length * 2);
		const next = new Array<LogLine | undefined>(capacity);
		for (let index = 0; index < this.count; index++) next[index] = this.slots[(this.head + index) % this.slots.length];
		this.slots = next;
		this.head = 0;
	}
}
