export function memoisedSquash(source: string): string | null;
export function inkFastPaths(): unknown;
