// The gateway's schema, known at build time from its committed SDL: the panel needs no
// introspection at run time (which production turns off).
import { buildSchema, introspectionFromSchema } from 'graphql';
import sdl from '../../../gateway/schema.graphql?raw';

export const gatewaySchema = introspectionFromSchema(buildSchema(sdl)).__schema;
