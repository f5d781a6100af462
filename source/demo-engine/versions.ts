// API versions the demo engine serves: the newest spec's by default, down to dockerd's minimum.
export const newestApiVersion = '1.55';
export const minimumApiVersion = '1.24';

export function compareVersions(a: string, b: string): number {
	const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
	const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
	return aMajor === bMajor ? aMinor - bMinor : aMajor - bMajor;
}

export const atLeast = (version: string, floor: string) => compareVersions(version, floor) >= 0;
