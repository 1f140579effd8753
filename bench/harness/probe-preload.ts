/**
 * Loaded with `node --require` into a measured process: when it exits, writes the CPU time it used
 * and its peak resident set size to the file named by BENCH_PROBE_FILE.
 */
import { writeFileSync } from 'node:fs';

const file = process.env['BENCH_PROBE_FILE'];
if (file !== undefined && file !== '') {
  process.on('exit', () => {
    const cpu = process.cpuUsage();
    writeFileSync(
      file,
      JSON.stringify({
        cpuMs: (cpu.user + cpu.system) / 1000,
        peakRssMb: process.resourceUsage().maxRSS / 1024,
      }),
    );
  });
}
