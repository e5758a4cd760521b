// With the fixture loaded: select a client, open each tab of the card, screenshot each.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const TABS = [['Main', 'main'], ['Interests', 'interests'], ['Relationships', 'relationships'],
  ['Contracts and agreements', 'contracts']];

export default {
  name: 'screenshots_of_tabs',
  async run(ctx) {
    const { importJson, clickLabel, waitLocate } = ctx.app;
    const fixtureText = fs.readFileSync(path.join(ctx.fixturesDir, 'sample.json'), 'utf8');
    const fixture = JSON.parse(fixtureText);
    const browser = await ctx.launch(ctx.newProfile());
    const page = await ctx.openApp(browser);
    assert.equal((await importJson(page, fixtureText, 'replace')).ok, true, 'fixture import');
    // The client with the most linked records.
    const client = fixture.clients[0];
    await clickLabel(page, client.name);
    for (const [label, file] of TABS) {
      await clickLabel(page, label);
      await ctx.screenshot(page, file);
    }
    await clickLabel(page, 'Main');
    await waitLocate(page, 'Name', 5000); // the Main tab shows the Name field again
  },
};
