// The reference side of the execution oracle: graphql-js 16 graphql() over the execution corpus
// schema with one generic resolver on every field (ours is ExecutionBatch.cs in the Oracle tool).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, graphql, isObjectType } from 'graphql';
import { corpusDir } from './corpus.mjs';

export const executionDir = join(corpusDir, 'execution');
export const loadExecutionSdl = () => readFileSync(join(executionDir, 'schema.sdl'), 'utf8');
export const loadExecutionData = () => JSON.parse(readFileSync(join(executionDir, 'data.json'), 'utf8'));

/** Coerced argument values printed the same way on both sides (JS number formatting, insertion order). */
export const canonical = v =>
  v === null || v === undefined ? 'null'
    : typeof v === 'string' ? JSON.stringify(v)
    : typeof v !== 'object' ? String(v)
    : Array.isArray(v) ? '[' + v.map(canonical).join(',') + ']'
    : '{' + Object.keys(v).map(k => k + ':' + canonical(v[k])).join(',') + '}';

/** The markers of data.json: $error throws, $async resolves later, $args echoes, $byArg picks. */
function interpret(value, args) {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    if ('$error' in value) throw new Error(value.$error);
    if ('$async' in value) return Promise.resolve().then(() => interpret(value.$async, args));
    if ('$args' in value) return canonical(args);
    if ('$byArg' in value) return interpret(value.values[String(args[value.$byArg])], args);
  }
  if (Array.isArray(value)) return value.map(item => item !== null && typeof item === 'object' && '$error' in item ? new Error(item.$error) : item);
  return value;
}

export function executionSchema(sdl) {
  const schema = buildSchema(sdl);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) field.resolve = (source, args, _ctx, info) => interpret(source?.[info.fieldName], args);
  }
  return schema;
}

/** graphql-js's response as plain JSON (errors with message, locations, path, extensions). */
export async function referenceExecute(schema, data, { text, variables, operationName }) {
  const result = await graphql({ schema, source: text, rootValue: data, variableValues: variables, operationName });
  return JSON.parse(JSON.stringify(result));
}
