// The reference side of the oracle: graphql-js 16 parses and validates with its specifiedRules.
import { buildSchema, parse, validate, specifiedRules, GraphQLError } from 'graphql';

export function referenceSchema(sdl) {
  return buildSchema(sdl);
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
