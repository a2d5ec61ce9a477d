// Documents that try to make validation slow; both engines must stop with the same errors.
const repeat = (n, f) => Array.from({ length: n }, (_, i) => f(i)).join(' ');

export default {
  'hostile': [
    `{ dog { ${repeat(2000, () => 'name')} } }`,
    `{ dog { ${repeat(1500, i => `a${i % 3}: name`)} } }`,
    `{ dog { ${repeat(1200, i => (i % 2 ? 'x: name' : 'x: nickname'))} } }`,
    `{ dog { ${repeat(300, i => `...F${i}`)} } }\n${repeat(300, i => `fragment F${i} on Dog { name x: nickname }`)}`,
    `{ dog { ...F0 } }\n${repeat(400, i => `fragment F${i} on Dog { name ...F${i + 1} }`)}\nfragment F400 on Dog { name }`,
    `{ ${'dog { mother { '.repeat(60)}name${' } }'.repeat(60)} }`,
    `{ ${repeat(300, i => `a${i}: dog { ...A ...B }`)} } fragment A on Dog { x: name } fragment B on Dog { x: nickname }`,
    `query Q(${repeat(300, i => `$v${i}: Int`)}) { ${repeat(300, i => `e${i}: echo(times: $v${i})`)} }`,
    `{ dog { ...A } }\nfragment A on Dog { ...B ...C }\nfragment B on Dog { ...D ...E }\nfragment C on Dog { ...D ...E }\nfragment D on Dog { ...F ...G }\nfragment E on Dog { ...F ...G }\nfragment F on Dog { name x: nickname }\nfragment G on Dog { name x: barks }`,
  ],
};

// Fragments that each spread the next one twice: exponential if expanded, bounded by the budgets.
const doubling = n => `{ dog { ...F0 } }\n${repeat(n, i => `fragment F${i} on Dog { name x: nickname ...F${i + 1} mother { ...F${i + 1} } }`)}\nfragment F${n} on Dog { name x: barks }`;
export const doublingFragments = [doubling(8), doubling(20), doubling(300)];
