import { type ChildProcess, spawn } from 'node:child_process';
import { eventually } from '@imp/testing';

const KEPT_LINES = 200;

/** One service as production runs it: its own OS process, configured by environment. */
export class ServiceProcess {
  private readonly output: string[] = [];

  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
  ) {
    const keep = (chunk: Buffer) => {
      this.output.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      this.output.splice(0, Math.max(0, this.output.length - KEPT_LINES));
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
  }

  static start(
    name: string,
    script: string,
    options: { cwd: string; env: Record<string, string> },
  ): ServiceProcess {
    // The test runner's NODE_OPTIONS (VM modules for jest) is not how a service runs.
    const { NODE_OPTIONS: _jestOnly, ...inherited } = process.env;
    const child = spawn(process.execPath, [script], {
      cwd: options.cwd,
      env: { ...inherited, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new ServiceProcess(name, child);
  }

  logs(): string {
    return `--- ${this.name} (last ${KEPT_LINES} lines) ---\n${this.output.join('\n')}`;
  }

  async waitHealthy(baseUrl: string, timeoutMs = 90_000): Promise<void> {
    try {
      await eventually(async () => {
        if (this.child.exitCode !== null)
          throw new Error(`${this.name} exited with code ${this.child.exitCode}`);
        const reply = await fetch(`${baseUrl}/health`).catch(() => undefined);
        return reply?.status === 200;
      }, timeoutMs);
    } catch (error) {
      throw new Error(`${this.name} did not become healthy: ${(error as Error).message}\n${this.logs()}`);
    }
  }

  /** SIGTERM lets the service leave its consumer group; SIGKILL only if it does not stop in time. */
  async stop(graceMs = 15_000): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }

  /** A crash: SIGKILL, no chance to finish a batch or store a checkpoint. */
  async kill(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGKILL');
    await exited;
  }
}
