// A bounded set of recently seen keys: the oldest are forgotten first.
export class RecentKeys {
	private readonly keys = new Set<string>();

	constructor(private readonly limit = 2000) {}

	has(key: string): boolean {
		return this.keys.has(key);
	}

	add(key: string): void {
		this.keys.add(key);
		if (this.keys.size > this.limit) {
			const oldest = this.keys.values().next().value;
			if (oldest !== undefined) this.keys.delete(oldest);
		}
	}
}
