import 'reflect-metadata';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGatewaySchema } from './schema/build-schema.js';

// Writes apps/gateway/schema.graphql (run by `npm run build`; CI fails if it is stale).
const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'schema.graphql');
await buildGatewaySchema(target);
process.stdout.write(`Wrote ${target}\n`);
