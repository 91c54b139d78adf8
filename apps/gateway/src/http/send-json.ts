import type { ServerResponse } from 'node:http';

/** A JSON answer from a plain-HTTP route: the one place the body and its type are written. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}
