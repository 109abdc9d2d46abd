/** Runs `npm start`'s entry point as a child process, as a user would. */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../stack/stack.ts';

export type TStackProcess = {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the printed URL, or rejects with the output when the process exits first. */
  ready: Promise<string>;
  exit: Promise<number | null>;
};

const started: TStackProcess[] = [];

/** Stops whatever a failed test left running. */
export async function stopAll(): Promise<void> {
  for (const run of started) {
    if (run.child.exitCode === null && run.child.signalCode === null) {
      run.child.kill('SIGTERM');
      await run.exit;
    }
  }
}

/**
 * `npm start -- --skip-build`. Unless `env` names a SITE_DIR, it points at a
 * folder with no site (API only), so a dist/ the developer built for their own
 * stack never meets this stack's other anon key.
 */
export function runStart(env: Record<string, string>): TStackProcess {
  const child = spawn(process.execPath, [join(PROJECT_ROOT, 'stack', 'start.ts'), '--skip-build'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, SITE_DIR: join(tmpdir(), 'cx-no-site'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      const match = /Ready: (http:\/\/\S+)/.exec(text);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exit.then((code) => reject(new Error(`exited with ${code}:\n${text}`)));
  });
  ready.catch(() => undefined);
  const run = { child, output: () => text, ready, exit };
  started.push(run);
  return run;
}

/** Pids of every process descended from `pid`. */
export function descendants(pid: number): number[] {
  const table = execFileSync('ps', ['-eo', 'pid=,ppid='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  const found: number[] = [];
  const walk = (parent: number) => {
    for (const [child, ppid] of table) {
      if (ppid === parent) {
        found.push(child);
        walk(child);
      }
    }
  };
  walk(pid);
  return found;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
