// Systematic crossings: every literal kind in every argument type, every variable type in every
// position, every directive at every location, every type condition under every parent type.

const argPositions = [
  ['intArgField', 'intArg'], ['nonNullIntArgField', 'nonNullIntArg'], ['stringArgField', 'stringArg'],
  ['booleanArgField', 'booleanArg'], ['enumArgField', 'enumArg'], ['floatArgField', 'floatArg'],
  ['idArgField', 'idArg'], ['stringListArgField', 'stringListArg'],
  ['stringListNonNullArgField', 'stringListNonNullArg'], ['complexArgField', 'complexArg'],
  ['oneOfArgField', 'oneOfArg'], ['nestedArgField', 'nested'], ['dateArgField', 'date'],
  ['dateTimeArgField', 'at'], ['jsonArgField', 'json'], ['matrixArgField', 'matrix'],
];

const literals = [
  '1', '-0', '2147483648', '-2147483649', '1.5', '1e3', '"str"', '"""block\n  text"""', '""', 'true',
  'null', 'BROWN', 'brown', '[1, 2]', '["a", null]', '[[1], [2, null]]', '{requiredField: true}',
  '{stringField: "a", intField: 1}', '{intField: null}', '{}',
  '{complex: {requiredField: true}, complexList: [{intField: 1}], oneOf: {stringField: "x"}, color: TAN}',
];

export function valueMatrix() {
  const docs = [];
  for (const [field, arg] of argPositions)
    for (const literal of literals)
      docs.push(`{\n  complicatedArgs {\n    ${field}(${arg}: ${literal})\n  }\n}`);
  return docs;
}

const variableTypes = [
  'Int', 'Int!', 'Int = 1', '[Int]', 'String', 'String!', '[String]', '[String!]', '[String]!', '[String!]!',
  'Boolean', 'Boolean = true', 'FurColor', 'ComplexInput', 'OneOfInput', 'OneOfInput!', 'DateTime',
  'DateTime!', 'ID', 'Float', '[[Int!]]',
];

const variablePositions = [
  'complicatedArgs { intArgField(intArg: $v) }',
  'complicatedArgs { nonNullIntArgField(nonNullIntArg: $v) }',
  'complicatedArgs { nonNullFieldWithDefault(arg: $v) }',
  'complicatedArgs { stringListArgField(stringListArg: $v) }',
  'complicatedArgs { stringListNonNullArgField(stringListNonNullArg: [$v]) }',
  'complicatedArgs { oneOfArgField(oneOfArg: $v) }',
  'complicatedArgs { oneOfArgField(oneOfArg: {stringField: $v}) }',
  'complicatedArgs { complexArgField(complexArg: {requiredField: $v}) }',
  'dog @skip(if: $v) { name }',
  'complicatedArgs { dateTimeArgField(at: $v) matrixArgField(matrix: [$v]) }',
];

export function variableMatrix() {
  const docs = [];
  for (const type of variableTypes)
    for (const position of variablePositions)
      docs.push(`query Q($v: ${type}) {\n  ${position}\n}`);
  return docs;
}

const directives = ['@onQuery', '@onMutation', '@onSubscription', '@onField', '@onFragmentDefinition',
  '@onFragmentSpread', '@onInlineFragment', '@onVariableDefinition', '@repeatable(n: 1) @repeatable',
  '@include(if: true)', '@withRequiredArg(req: "r")', '@deprecated'];

const locations = [
  d => `query Q ${d} { dog { name } }`,
  d => `mutation M ${d} { touch }`,
  d => `subscription S ${d} { ticks }`,
  d => `{ dog ${d} { name } }`,
  d => `{ dog { ...F } } fragment F on Dog ${d} { name }`,
  d => `{ dog { ...F ${d} } } fragment F on Dog { name }`,
  d => `{ dog { ... on Dog ${d} { name } } }`,
  d => `query Q($x: Int ${d}) { echo(times: $x) }`,
];

export function directiveMatrix() {
  const docs = [];
  for (const directive of directives)
    for (const at of locations) docs.push(at(directive));
  return docs;
}

const conditions = ['Dog', 'Cat', 'Pet', 'Being', 'Mammal', 'Canine', 'CatOrDog', 'DogOrHuman',
  'HumanOrAlien', 'Human', 'Alien', 'Intelligent', 'FurColor'];
const parents = ['dog', 'cat', 'pet', 'being', 'catOrDog', 'human', 'humanOrAlien'];

export function spreadMatrix() {
  const docs = [];
  for (const parent of parents)
    for (const condition of conditions) {
      docs.push(`{\n  ${parent} {\n    ... on ${condition} { __typename }\n  }\n}`);
      if (condition.length % 2 === 0)
        docs.push(`{ ${parent} { ...F } }\nfragment F on ${condition} { __typename }`);
    }
  return docs;
}
