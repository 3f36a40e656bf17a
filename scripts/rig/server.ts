import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { renderDemo } from '../../demo/site/index';
import { demoCertificate, SERVED_HOSTS } from './cert';

export interface Served {
  status: number;
  contentType: string;
  body: string;
}

/** Answers one request; null falls through to the bundled demo pages. */
export type ExtraRoute = (url: URL) => Served | null;

export interface DemoServer {
  port: number;
  /** Every URL requested, in order, for tests to inspect. */
  requests: string[];
  /** Lets a test swap what a URL answers (late comments, a re-render). */
  route(handler: ExtraRoute | null): void;
  close(): Promise<void>;
}

/** Serves the demo brand pages as https://www.facebook.com/… and https://www.instagram.com/… on 127.0.0.1. */
export async function startDemoServer(): Promise<DemoServer> {
  const requests: string[] = [];
  let extra: ExtraRoute | null = null;
  const server = createServer(demoCertificate(), (req, res) => {
    const host = (req.headers.host ?? '').split(':')[0] ?? '';
    const url = new URL(`https://${host}${req.url ?? '/'}`);
    requests.push(url.href);
    const known = (SERVED_HOSTS as readonly string[]).includes(host);
    const answer = known ? (extra?.(url) ?? renderDemo(url, Date.now())) : null;
    if (!answer) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not a demo page');
      return;
    }
    res
      .writeHead(answer.status, { 'content-type': answer.contentType, 'cache-control': 'no-store' })
      .end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    route: (handler) => {
      extra = handler;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
