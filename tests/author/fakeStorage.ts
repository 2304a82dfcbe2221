/** A Storage in memory that can be told to fail like a full or blocked browser storage. */
export class FakeStorage implements Storage {
  private data = new Map<string, string>();
  /** 'full' throws QuotaExceededError on writes, 'blocked' throws SecurityError on every call. */
  fail: 'none' | 'full' | 'blocked' = 'none';

  get length(): number {
    return this.data.size;
  }
  private check(write: boolean): void {
    if (this.fail === 'blocked') throw new DOMException('The operation is insecure.', 'SecurityError');
    if (write && this.fail === 'full') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  }
  clear(): void {
    this.check(true);
    this.data.clear();
  }
  getItem(key: string): string | null {
    this.check(false);
    return this.data.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.data.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.check(true);
    this.data.delete(key);
  }
  setItem(key: string, value: string): void {
    this.check(true);
    this.data.set(key, value);
  }
}
