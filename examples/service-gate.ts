/**
 * A service gate: an HTTP endpoint that checks a record before it is synchronised, and rejects it with reasons and
 * suggested fixes. POST a JSON record to /check; 200 accepted, 422 rejected, 400 not JSON.
 * Run: npx tsx examples/service-gate.ts   (PORT=8080 to choose the port)
 */
import { createServer, type Server } from 'node:http';
import { validateRecord } from '../src';

export function createGate(options: { asOf?: string; lang?: 'vi' | 'en' } = {}): Server {
  return createServer((req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'POST' || req.url !== '/check') return send(404, { error: 'POST a JSON record to /check' });
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
      // A record is small; refuse a runaway body rather than buffer it.
      if (body.length > 1 << 20) req.destroy();
    });
    req.on('end', () => {
      let record: unknown;
      try {
        record = JSON.parse(body);
      } catch {
        return send(400, { error: 'the body is not JSON' });
      }
      // The service holds the record anyway: ask for unmasked fixes it can apply.
      const report = validateRecord(record, 'citizen', { asOf: options.asOf, lang: options.lang ?? 'vi', mask: false });
      const accepted = report.verdict !== 'fail';
      send(accepted ? 200 : 422, {
        accepted,
        score: report.score,
        reasons: report.issues.map((i) => ({ rule: i.rule, field: i.field, severity: i.severity, message: i.message })),
        fixes: report.fixed,
      });
    });
  });
}

if (process.argv[1]?.endsWith('service-gate.ts')) {
  const port = Number(process.env.PORT ?? 3000);
  createGate().listen(port, '127.0.0.1', () => console.log(`ddss gate on http://127.0.0.1:${port}/check`));
}
