export function lazyHttp2(source: string): string | null;
export function lazyCrypto(source: string): string | null;
export function lazyBuiltins(): {name: string; setup(build: unknown): void};
