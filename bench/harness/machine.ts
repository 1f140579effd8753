import { cpus, loadavg, totalmem } from 'node:os';

/** The machine a bench ran on, in one line. */
export function machineLine(): string {
  const cores = cpus();
  const model = cores[0]?.model.trim() ?? 'unknown CPU';
  const memory = Math.round(totalmem() / 1024 ** 3);
  return `Node ${process.version}, ${model} × ${cores.length} cores, ${memory} GB RAM, ${process.platform} ${process.arch}`;
}

/** The 1-minute load average: other work competing for the cores skews wall-clock times. */
export function loadLine(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');
}
