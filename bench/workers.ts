/**
 * Compiles bench/workers/*.ts to plain ESM JavaScript (bench/results/workers, git-ignored) and runs them with
 * plain `node`, so that no TypeScript loader sits in a measured process (its memory and start-up would count).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'esbuild';
import { type ChildResult, lastJsonLine, runChild } from './harness.js';

const BENCH_DIR = import.meta.dirname;
/** The monorepo root. */
export const ROOT = resolve(BENCH_DIR, '..');
const OUT_DIR = join(BENCH_DIR, 'results', 'workers');
const compiled = new Map<string, Promise<string>>();

/** Builds one worker (cached per run) and returns the path of its JavaScript file. */
export function compileWorker(name: string): Promise<string> {
  let output = compiled.get(name);
  if (!output) {
    output = (async () => {
      mkdirSync(OUT_DIR, { recursive: true });
      const outfile = join(OUT_DIR, `${name}.mjs`);
      await build({
        entryPoints: [join(BENCH_DIR, 'workers', `${name}.ts`)],
        outfile,
        bundle: true,
        packages: 'external',
        platform: 'node',
        format: 'esm',
        target: 'node20',
        logLevel: 'silent',
      });
      return outfile;
    })();
    compiled.set(name, output);
  }
  return output;
}

/** A worker's outcome: its parsed last JSON line (if any) and how the process ended. */
export interface WorkerOutcome<T> {
  result: T | undefined;
  child: ChildResult;
}

/** Runs a worker in its own `node` process with a time bound. */
export async function runWorker<T>(
  name: string,
  input: unknown,
  options: { timeoutMs: number; nodeFlags?: string[] },
): Promise<WorkerOutcome<T>> {
  const file = await compileWorker(name);
  const child = await runChild(
    process.execPath,
    [...(options.nodeFlags ?? []), file, JSON.stringify(input)],
    {
      cwd: BENCH_DIR,
      env: { ...process.env, BENCH_ROOT: ROOT },
      timeoutMs: options.timeoutMs,
    },
  );
  return { result: lastJsonLine<T>(child.stdout), child };
}

/** A one-line description of why a worker produced no result. */
export function describeFailure(child: ChildResult): string {
  if (child.timedOut) return `timed out after ${(child.durationMs / 1000).toFixed(0)} s`;
  const lastError = child.stderr
    .trim()
    .split('\n')
    .find((line) => /Error|error:/.test(line));
  return `exit ${child.code ?? child.signal}${lastError ? `: ${lastError.trim().slice(0, 200)}` : ''}`;
}

/** A worker that stays up and answers one JSON line per command line (see workers/client-overhead.ts). */
export interface InteractiveWorker {
  /** Sends one command line and resolves the next JSON line the worker prints. */
  ask<T>(command: string): Promise<T>;
  /** Resolves the first JSON line (e.g. a ready message). */
  ready<T>(): Promise<T>;
  close(): void;
}

/** Starts a worker in its own `node` process that reads commands from stdin; killed after `timeoutMs`. */
export async function startInteractiveWorker(
  name: string,
  input: unknown,
  options: { timeoutMs: number },
): Promise<InteractiveWorker> {
  const file = await compileWorker(name);
  const child = spawn(process.execPath, [file, JSON.stringify(input)], {
    cwd: BENCH_DIR,
    env: { ...process.env, BENCH_ROOT: ROOT },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async <T>(): Promise<T> => {
    for (;;) {
      const { value, done } = await lines.next();
      if (done) throw new Error(`worker ${name} ended: ${stderr.trim().split('\n').slice(-3).join(' ')}`);
      if (value.trim().startsWith('{')) return JSON.parse(value) as T;
    }
  };
  return {
    ready: next,
    async ask<T>(command: string) {
      child.stdin.write(`${command}\n`);
      return next<T>();
    },
    close() {
      clearTimeout(timer);
      child.stdin.end();
    },
  };
}

/**
 * Whether a built package's entry exists, waiting up to `timeoutMs` for it: other work in the repository may
 * be rebuilding the package this moment (tsup empties dist first).
 */
export async function waitForBuild(packageName: string, timeoutMs = 60_000): Promise<boolean> {
  const file = join(ROOT, 'packages', packageName, 'dist', 'index.js');
  for (let waited = 0; !existsSync(file); waited += 1000) {
    if (waited >= timeoutMs) return false;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return true;
}
