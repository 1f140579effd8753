import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RIBBON_ACTIONS, registerRibbonActions, type RibbonAction } from './ribbon-actions';

const manifest = readFileSync(join(__dirname, '..', 'manifest.xml'), 'utf8');
const manifestFunctionNames = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map(
  (m) => m[1],
);

describe('ribbon actions', () => {
  it('hands every action to Office under its name', () => {
    const first: RibbonAction = () => undefined;
    const second: RibbonAction = () => undefined;
    const associated: [string, RibbonAction][] = [];
    registerRibbonActions({ runChecks: first, other: second }, (name, action) =>
      associated.push([name, action]),
    );
    expect(associated).toEqual([
      ['runChecks', first],
      ['other', second],
    ]);
  });

  it('wires every button of the manifest, and only those', () => {
    expect(manifestFunctionNames).toEqual(['runChecks']);
    expect(Object.keys(RIBBON_ACTIONS)).toEqual(manifestFunctionNames);
  });
});
