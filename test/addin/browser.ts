import { execFile, execFileSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';

// The built add-in in headless Chromium, under its own Content-Security-Policy. A local HTTPS server
// plays both the add-in's host and Microsoft's CDN, whose office.js is replaced by a stand-in that
// records, in <html data-log>, what the page registers and when it waits for Office. Chromium maps
// both host names to that server.
export const ADDIN_HOST = 'addin.test';
const CDN_HOST = 'appsforoffice.microsoft.com';
const FAKE_OFFICE_JS = `
  const log = (entry) => { const d = document.documentElement.dataset; d.log = (d.log ? d.log + ' ' : '') + entry; };
  window.Office = { onReady: () => { log('onReady'); return Promise.resolve({ host: 'Excel' }); },
    actions: { associate: (name) => log('action:' + name) } };
  window.CustomFunctions = { associate: (id) => log('function:' + id) };
`;
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
};

export interface AddinSite {
  /** Chromium's DOM once the page settled, and its log (CSP violations included). */
  open(page: string): Promise<{ dom: string; log: string }>;
  close(): Promise<void>;
}

/** Serves `dist` over HTTPS with a throw-away certificate made in `work`. */
export async function serveAddin(dist: string, work: string): Promise<AddinSite> {
  const key = join(work, 'key.pem');
  const cert = join(work, 'cert.pem');
  const subject = ['-subj', `/CN=${ADDIN_HOST}`, '-keyout', key, '-out', cert];
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', ...subject], {
    stdio: 'pipe',
  });
  const server: Server = createServer(
    { key: readFileSync(key), cert: readFileSync(cert) },
    (request, response) => {
      if (request.headers.host?.startsWith(CDN_HOST)) {
        response.writeHead(200, { 'content-type': 'text/javascript' }).end(FAKE_OFFICE_JS);
        return;
      }
      const file = normalize(join(dist, decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/')));
      if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, {
        'content-type': TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream',
      });
      createReadStream(file).pipe(response);
    },
  );
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    open: (page) => openInChromium(`https://${ADDIN_HOST}/${page}`, port),
    close: () => new Promise((done) => server.close(() => done())),
  };
}

// Asynchronous on purpose: the server answering Chromium lives in this process.
function openInChromium(url: string, port: number): Promise<{ dom: string; log: string }> {
  const rules = [ADDIN_HOST, CDN_HOST].map((host) => `MAP ${host}:443 127.0.0.1:${port}`).join(', ');
  const args = [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--ignore-certificate-errors',
    `--host-resolver-rules=${rules}`,
    '--enable-logging=stderr',
    '--v=0',
    '--virtual-time-budget=5000',
    '--dump-dom',
    url,
  ];
  return new Promise((done, fail) =>
    execFile('chromium', args, { encoding: 'utf8', timeout: 90_000 }, (error, stdout, stderr) => {
      if (error && 'code' in error && error.code === 'ENOENT')
        fail(new Error('chromium is missing: apt-get install -y chromium', { cause: error }));
      else if (error) fail(error);
      else done({ dom: stdout, log: stderr });
    }),
  );
}
