// Access to the real test daemon for integration tests.
import {describe, inject} from 'vitest';

export const testDockerHost: string = inject('dockerHost');
export const testImage = process.env.DOCKHAND_TEST_IMAGE ?? 'dockhand-test/busybox:1';

/** describe() that runs only when the real daemon is up (global setup fails the run under CI otherwise). */
export const describeDaemon = describe.skipIf(!testDockerHost);

/** A name unique to this test run, so parallel test files never touch each other's containers. */
export function uniqueName(prefix: string): string {
	return `dh-${prefix}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Label put on every container a test creates; cleanup removes only those. */
export const testLabel = 'dockhand.test';
