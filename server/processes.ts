// Small process helpers for the embedded servers: free ports, pid files, and clearing a server
// left behind by an app process that was killed without a chance to stop it.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';

export function getFreePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function commandLineOf(pid: number) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

export function readPid(file: string): number | null {
  if (!existsSync(file)) return null;
  const pid = Number.parseInt(readFileSync(file, 'utf8').split('\n')[0] ?? '', 10);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

export function writePid(file: string, pid: number) {
  writeFileSync(file, `${pid}\n`);
}

/**
 * Stops a server recorded in `pidFile` if it still runs (checked by its command line, so a reused
 * pid is never killed) and waits for it to exit.
 */
export async function stopLeftover(pidFile: string, commandMustInclude: string, signal: NodeJS.Signals = 'SIGTERM') {
  const pid = readPid(pidFile);
  if (pid && isAlive(pid) && commandLineOf(pid).includes(commandMustInclude)) {
    process.kill(pid, signal);
    for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  }
  rmSync(pidFile, { force: true });
}

export async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not become ready within ${timeoutMs / 1000} s`);
}
