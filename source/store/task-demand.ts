// Who is looking at tasks right now (the Services or Tasks tab, a service detail): tasks have no
// events, so they are polled only while this count is above zero. Lives as long as the store.
export class TaskDemand {
	private count = 0;
	private readonly listeners = new Set<() => void>();

	get watched(): boolean {
		return this.count > 0;
	}

	/** Registers a watcher; call the returned function when it goes away (safe to call twice). */
	watch(): () => void {
		this.count++;
		if (this.count === 1) this.emit();
		let released = false;
		return () => {
			if (released) return;
			released = true;
			this.count--;
			if (this.count === 0) this.emit();
		};
	}

	onChange(listener: () => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	private emit(): void {
		for (const listener of [...this.listeners]) listener();
	}
}
