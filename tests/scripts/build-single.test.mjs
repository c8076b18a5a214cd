// scripts/build-single.mjs: the single file calls the glue's init function by the name the
// minifier gave it, whatever characters that name is made of.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { initName } from '../../scripts/build-single.mjs';

test("the init function's name is read whole, a leading $ included", () => {
  assert.equal(initName('function $c(){}export{x as initSync,$c as default};'), '$c');
  assert.equal(initName('export { initSync, __wbg_init as default };'), '__wbg_init');
  assert.equal(initName('export{a as b,c$ as default}'), 'c$');
});

test('a glue without a default export is refused with a message, not a wrong name', () => {
  assert.throws(() => initName('export{a as initSync};'), /no default export/);
});
