/**
 * Which packs apply to a policy: those always on, those the user selected, and those whose law the
 * policy names ("General Data Protection Regulation", "California residents", "COPPA").
 */
import type { TextIndex } from '../analysis/search.js';
import type { Registry } from './registry.js';
import type { Sentence } from '../sections/model.js';

export function selectPacks(
  registry: Registry,
  index: TextIndex,
  prose: (s: Sentence) => boolean,
  selected: string[] | undefined,
): { packs: string[]; jurisdictions: string[] } {
  const on = new Set<string>();
  const jurisdictions: string[] = [];
  const enable = (name: string, isJurisdiction: boolean) => {
    if (on.has(name) || !registry.packs.has(name)) return;
    on.add(name);
    if (isJurisdiction) jurisdictions.push(name);
    for (const implied of registry.packs.get(name)!.meta.implies ?? []) enable(implied, false);
  };
  for (const [name, pack] of registry.packs) if (pack.meta.enabled === 'always') on.add(name);
  if (selected && selected.length > 0) {
    for (const name of selected) enable(name, true);
  } else {
    for (const [name, pack] of registry.packs) {
      if (pack.meta.enabled !== 'detected' || pack.detect.length === 0) continue;
      if (index.firstAffirmed(pack.detect, prose)) enable(name, true);
    }
  }
  return { packs: [...registry.packs.keys()].filter((p) => on.has(p)), jurisdictions };
}
