// Structural equality for plain store data (objects, arrays, primitives), so an unchanged item
// keeps its identity and selectors stay cheap.
export function plainEqual(a: unknown, b: unknown): boolean {
	if (Object.is(a, b)) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const keysA = Object.keys(a);
	const keysB = Object.keys(b);
	if (keysA.length !== keysB.length) return false;
	const recordA = a as Record<string, unknown>;
	const recordB = b as Record<string, unknown>;
	for (const key of keysA) {
		if (!Object.hasOwn(recordB, key) || !plainEqual(recordA[key], recordB[key])) return false;
	}
	return true;
}
