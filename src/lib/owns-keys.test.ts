import { describe, expect, it } from 'vitest';
import { ownsKeys } from './owns-keys';

const inside = (html: string) => {
  document.body.innerHTML = html;
  return document.getElementById('target');
};

describe('ownsKeys', () => {
  it('gives keys to fields, editable text and anything in a dialog', () => {
    expect(ownsKeys(inside('<input id="target">'))).toBe(true);
    expect(ownsKeys(inside('<textarea id="target"></textarea>'))).toBe(true);
    expect(ownsKeys(inside('<select id="target"></select>'))).toBe(true);
    expect(ownsKeys(inside('<div contenteditable><b id="target">x</b></div>'))).toBe(true);
    expect(ownsKeys(inside('<dialog open><button id="target">Close</button></dialog>'))).toBe(true);
  });

  it('leaves keys to the page elsewhere', () => {
    expect(ownsKeys(inside('<button id="target">Go</button>'))).toBe(false);
    // Controls that do not type: a checkbox or radio button with focus leaves / and ] to the page.
    expect(ownsKeys(inside('<input type="checkbox" id="target">'))).toBe(false);
    expect(ownsKeys(inside('<input type="radio" id="target">'))).toBe(false);
    expect(ownsKeys(inside('<input type="search" id="target">'))).toBe(true);
    expect(ownsKeys(inside('<h1 id="target" tabindex="-1">Title</h1>'))).toBe(false);
    expect(ownsKeys(document)).toBe(false);
    expect(ownsKeys(null)).toBe(false);
  });
});
