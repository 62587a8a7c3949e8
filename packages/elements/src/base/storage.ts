// localStorage that never throws: storage can be disabled or blocked (private modes, sandboxed
// iframes, a full quota), and what elements remember is a convenience, never a requirement.

export function readStorage(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writeStorage(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // ignored: see above
  }
}
