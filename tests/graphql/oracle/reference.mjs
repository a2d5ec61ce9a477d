// The reference side of the oracle: graphql-js 16 parses and validates with its specifiedRules.
import { buildSchema, parse, print, validate, specifiedRules, GraphQLError, Kind } from 'graphql';

// graphql-js has no DateTime/Date; our engine's literal rules for them (RFC 3339 date-time with an
// offset, yyyy-MM-dd) are mirrored here so both sides judge the same literals.
const dateTime = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const date = /^\d{4}-\d{2}-\d{2}$/;

function strictScalar(type, pattern) {
  type.parseLiteral = node => {
    if (node.kind === Kind.STRING && pattern.test(node.value) && !Number.isNaN(Date.parse(node.value.slice(0, 10)))) return node.value;
    throw new GraphQLError(`${type.name} cannot represent value: ${print(node)}`, { nodes: node });
  };
}

export function referenceSchema(sdl) {
  const schema = buildSchema(sdl);
  strictScalar(schema.getType('DateTime'), dateTime);
  strictScalar(schema.getType('Date'), date);
  return schema;
}

const simplify = e => ({ message: e.message, locations: (e.locations ?? []).map(l => [l.line, l.column]) });

/** Validation outcome of one document: a syntax error, or the list of validation errors. */
export function referenceValidate(schema, text) {
  let document;
  try {
    document = parse(text);
  } catch (e) {
    if (e instanceof GraphQLError) return { syntaxError: simplify(e), errors: [] };
    throw e;
  }
  try {
    return { document, errors: validate(schema, document).map(simplify) };
  } catch (e) {
    // graphql-js throws (rather than reports) in a few corner cases; record it as such.
    return { document, thrown: String(e.message ?? e), errors: [] };
  }
}

/** Names of the specified rules that report at least one error on the document on their own. */
export function rulesHit(schema, document) {
  const hit = [];
  for (const rule of specifiedRules) {
    try {
      if (validate(schema, document, [rule]).length > 0) hit.push(rule.name.replace(/Rule$/, ''));
    } catch { hit.push(rule.name.replace(/Rule$/, '') + '(threw)'); }
  }
  return hit;
}
