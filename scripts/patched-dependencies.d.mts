export const verifiedVersions: Record<string, string>;
export function patchedDependencyProblems(root: string): string[];
export function inkPackages(root: string): Set<string>;
