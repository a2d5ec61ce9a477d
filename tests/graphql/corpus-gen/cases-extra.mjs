// Corner cases: suggestion ordering, error cap, defaults, coercion shapes, printing of values.
import { getIntrospectionQuery } from 'graphql';

const many = (n, f) => Array.from({ length: n }, (_, i) => f(i)).join(' ');

export default {
  'suggestions': [
    `{ being { nickname } }`,
    `{ being { iq } }`,
    `{ mammal { name } }`,
    `{ being { barks } }`,
    `{ someBox { scalar } }`,
    `{ complicatedArgs { intArgFeld stringArgFeld multipleReq } }`,
    `{ dog { doesKnowCommand(dogCommand: sit) } complicatedArgs { enumArgField(enumArg: "TAN") } }`,
    `{ complicatedArgs { enumArgField(enumArg: spoted) b: enumArgField(enumArg: NOFUR) } }`,
    `{ complicatedArgs { complexArgField(complexArg: {requiredField: true, stringfield: "x", intfeld: 1, booleanfield: true}) } }`,
    `query ($a: Booleen, $b: Sting, $c: ComplexInpt) { __typename }`,
    `{ humn { name } dg { name } ct { name } }`,
  ],
  'error-cap': [
    `{ ${many(150, i => `unknown${i}`)} }`,
    `{ dog { ${many(120, i => `f${i}: doesKnowCommand(dogCommand: ${i})`)} } }`,
  ],
  'defaults-and-coercion': [
    `query ($a: Int = "x", $b: ComplexInput = {intField: 1}, $c: [Int] = [1, "2"], $d: FurColor = brown) { __typename }`,
    `query ($a: Int = 1, $b: ComplexInput = {requiredField: true}, $c: [Int] = 3, $d: OneOfInput = {intField: 1}) { __typename }`,
    `query ($a: Int! = null, $b: OneOfInput = {intField: 1, stringField: "x"}) { __typename }`,
    `{ complicatedArgs { stringListArgField(stringListArg: "single") matrixArgField(matrix: 1) } }`,
    `{ complicatedArgs { matrixArgField(matrix: [[1, "a"], 2, [null]]) } }`,
    `{ complicatedArgs { stringArgField(stringArg: BROWN) b: stringArgField(stringArg: 1.5e10) c: intArgField(intArg: 1.0) } }`,
    `{ complicatedArgs { stringArgField(stringArg: {a: [1, {b: "c\\n"}]}) intArgField(intArg: "é\\t\\"") } }`,
    `{ complicatedArgs { intArgField(intArg: """block\n  with "quotes" """) } }`,
    `{ complicatedArgs { idArgField(idArg: 1.5) b: idArgField(idArg: true) c: idArgField(idArg: ID) } }`,
    `{ dog { name(foo: {a: 1}) isHouseTrained(atOtherHomes: {a: 1}) } }`,
    `{ complicatedArgs { nestedArgField(nested: {complexList: {requiredField: true}, oneOf: {}, when: "2026-01-01T00:00:00Z", day: "2026-13-01"}) } }`,
    `{ complicatedArgs { nestedArgField(nested: {when: "2026-01-01", day: "2026-02-03", color: null, legacy: "x"}) } }`,
    `{ complicatedArgs { dateTimeArgField(at: "2026-05-01T08:30:00+08:00") b: dateArgField(date: "2026-05-01") c: jsonArgField(json: {any: [1, "thing"]}) } }`,
    `query ($v: Int) { complicatedArgs { matrixArgField(matrix: [[$v]]) stringListNonNullArgField(stringListNonNullArg: [$v]) } }`,
    `query ($v: OneOfInput!, $s: String!) { complicatedArgs { oneOfArgField(oneOfArg: $v) b: oneOfArgField(oneOfArg: {stringField: $s}) } }`,
    `query ($s: String) { complicatedArgs { nestedArgField(nested: {oneOf: {stringField: $s}}) } }`,
  ],
  'documents': [
    getIntrospectionQuery(),
    getIntrospectionQuery({ descriptions: false, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true }),
    `fragment OnlyFragment on Dog { name }`,
    `query A { dog { name } } query B { ...F } fragment F on QueryRoot { cat { name } }`,
    `query Q($id: ID!) { human(id: $id) { name pets { name ... on Dog { barkVolume } } relatives { name } } }`,
    `mutation M($input: ComplexInput!) { createDog(input: $input) { name } addPet(input: {stringField: "x"}) { name } }`,
    `mutation { rename(id: "1", name: "n") { name ... on Dog { nickname } } touch(at: "2026-01-01T00:00:00Z") }`,
    `subscription S($n: Int) { petEvents(first: $n) { name ... on Cat { lives } } }`,
    `{ t: __typename dog { t: __typename } catOrDog { ... on Cat { t: __typename } ... on Dog { t: name } } }`,
    `{ legacyDog { oldName } dog { doesKnowCommand(dogCommand: ROLL_OVER) } complicatedArgs { deprecatedArgField(old: 1) } }`,
    `query ($x: Int @deprecated) { dog @include(if: $y) { name } }`,
    `query Q { ...A } fragment A on QueryRoot { ...B } fragment B on QueryRoot { dog { ...A } }`,
    `{ dog { ... { name } ... @include(if: true) { nickname } } catOrDog { ... { __typename } } }`,
    `{ being { ... on Pet { ... on Canine { ... on Mammal { ... on Dog { name } } } } } }`,
    `{ connection(first: 10) { edges { node { id children(first: 5) { edges { node { name } } } } } totalCount } }`,
  ],
};
