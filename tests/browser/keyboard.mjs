// Keyboard-only use of the question pages, shared by the tree and assessment tests: what a
// person without a mouse does, key by key.
import assert from 'node:assert/strict';

/** On a freshly loaded page, gets into the main content the keyboard way: the skip link. */
export async function skipToContent(page) {
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip-link', 'the first Tab reaches the skip link');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'hovedinnhold');
}

/** Presses Tab until the element with `id` has focus, at most `limit` times; returns whether it did. */
export async function tabToId(page, id, limit) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((target) => document.activeElement?.id === target, id)) return true;
  }
  return false;
}

/**
 * Answers the question on screen with the keyboard only: Tab into the radio group (or the number
 * field), arrow to the wanted choice, Space to pick it, Tab to "Fortsett", Enter.
 */
export async function answerByKeyboard(page, wanted, { firstIfMissing = false } = {}) {
  const before = await page.evaluate(() => location.hash);
  const isNumber = await page.locator('#svar-tall').count();
  for (let i = 0; i < 12; i += 1) {
    await page.keyboard.press('Tab');
    const type = await page.evaluate(() => document.activeElement?.getAttribute('type'));
    if (type === 'radio' || (isNumber && type === 'text')) break;
  }
  const type = await page.evaluate(() => document.activeElement?.getAttribute('type'));
  if (type === 'text') {
    await page.keyboard.type(String(wanted));
    await page.keyboard.press('Enter');
  } else {
    assert.equal(type, 'radio', 'Tab reaches the choices');
    const labels = await page.$$eval('.choice label', (ls) => ls.map((l) => l.textContent.trim()));
    let target = labels.findIndex((l) => l === wanted);
    if (target < 0 && firstIfMissing) target = 0;
    assert.ok(target >= 0, `"${wanted}" is one of ${JSON.stringify(labels)}`);
    const focused = await page.evaluate(() => [...document.querySelectorAll('input[name=svar]')].indexOf(document.activeElement));
    const steps = target - focused;
    for (let i = 0; i < Math.abs(steps); i += 1) await page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
    await page.keyboard.press('Space');
    assert.ok(await page.locator(`input[name=svar] >> nth=${target}`).isChecked());
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('type')), 'submit');
    await page.keyboard.press('Enter');
  }
  await page.waitForFunction((h) => location.hash !== h, before);
}

