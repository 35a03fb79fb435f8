import { setTimeout as sleep } from "node:timers/promises";

/** A counting semaphore with a first-come, first-served queue. */
export class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  /** Wait for a free slot; resolves to the function that frees it again. */
  async acquire(): Promise<() => void> {
    if (this.active < this.limit) {
      this.active++;
    } else {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    };
  }
}

/** Limits for {@link HostScheduler}. */
export interface SchedulerLimits {
  /** Tasks running at once overall. */
  concurrency: number;
  /** Tasks running at once for one host. */
  perHostConcurrency: number;
  /** Milliseconds between the start of a task for a host and the end of the previous one (or its start). */
  perHostDelayMs: number;
}

interface HostState {
  slots: Semaphore;
  /** Earliest time (ms since epoch) the next task for this host may start. */
  readyAt: number;
}

/**
 * Runs tasks politely: at most `perHostConcurrency` at once per host, each
 * starting at least `perHostDelayMs` after the previous task for that host
 * started and finished, and at most `concurrency` at once overall.
 */
export class HostScheduler {
  private readonly global: Semaphore;
  private readonly hosts = new Map<string, HostState>();

  constructor(private readonly limits: SchedulerLimits) {
    this.global = new Semaphore(limits.concurrency);
  }

  /** Run `task` for `host` once the limits allow it. */
  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const state = this.hostState(host);
    const releaseHost = await state.slots.acquire();
    try {
      const now = Date.now();
      const start = Math.max(now, state.readyAt);
      state.readyAt = start + this.limits.perHostDelayMs;
      if (start > now) await sleep(start - now);
      const releaseGlobal = await this.global.acquire();
      try {
        return await task();
      } finally {
        releaseGlobal();
      }
    } finally {
      state.readyAt = Math.max(state.readyAt, Date.now() + this.limits.perHostDelayMs);
      releaseHost();
    }
  }

  private hostState(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) {
      state = { slots: new Semaphore(this.limits.perHostConcurrency), readyAt: 0 };
      this.hosts.set(host, state);
    }
    return state;
  }
}
