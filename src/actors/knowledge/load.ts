import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { packageRoot } from '../../common/package-root.js';
import { compileKnowledge, type Knowledge } from './compile.js';
import { type Cues, type KnowledgeData, type KnowledgeSection, SECTIONS } from './types.js';

export interface LoadOptions {
  /** Folder of the bundled data files; default `data/actors` under the package root. */
  dataDir?: string;
  /** User dictionaries layered over the bundled data, in order (later files win). */
  extraFiles?: string[];
}

const keyOf = (section: KnowledgeSection, entry: Record<string, unknown>) =>
  String(section === 'countries' || section === 'sectors' ? entry.code : entry.id);

function readYaml(file: string): unknown {
  try {
    return parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`actors data ${file}: ${(e as Error).message}`);
  }
}

/**
 * Reads one user dictionary: either a list named by its file (`people.yaml`, `my-people.yaml`
 * ending in a section name) or a mapping of section names to lists.
 */
export function readUserDictionary(file: string): Partial<Record<KnowledgeSection, unknown[]>> {
  const doc = readYaml(file);
  if (Array.isArray(doc)) {
    const stem = basename(file).replace(/\.(ya?ml|json)$/i, '');
    const section = SECTIONS.find((s) => stem === s || stem.endsWith(`-${s}`) || stem.endsWith(`.${s}`));
    if (!section)
      throw new Error(`${file}: a list file must be named after its section (${SECTIONS.join(', ')})`);
    return { [section]: doc };
  }
  if (doc && typeof doc === 'object') {
    const out: Partial<Record<KnowledgeSection, unknown[]>> = {};
    for (const [k, v] of Object.entries(doc)) {
      if (!SECTIONS.includes(k as KnowledgeSection)) throw new Error(`${file}: unknown section "${k}"`);
      if (!Array.isArray(v)) throw new Error(`${file}: section "${k}" must be a list`);
      out[k as KnowledgeSection] = v;
    }
    return out;
  }
  throw new Error(`${file}: expected a list or a mapping of sections`);
}

/** Entries of a later layer replace those of the same id (or code) and add the rest. */
function layer(base: KnowledgeData, extra: Partial<Record<KnowledgeSection, unknown[]>>, file: string): void {
  for (const section of SECTIONS) {
    const items = extra[section];
    if (!items) continue;
    const list = base[section] as unknown as Record<string, unknown>[];
    const index = new Map(list.map((e, i) => [keyOf(section, e), i]));
    for (const item of items) {
      if (!item || typeof item !== 'object') throw new Error(`${file}: ${section}: entries must be mappings`);
      const entry = item as Record<string, unknown>;
      const key = keyOf(section, entry);
      if (key === 'undefined') throw new Error(`${file}: ${section}: an entry has no id/code`);
      const at = index.get(key);
      if (at === undefined) {
        index.set(key, list.length);
        list.push(entry);
      } else list[at] = entry;
    }
  }
}

/** Reads the bundled data and the user dictionaries into one knowledge base. */
export function loadKnowledgeData(options: LoadOptions = {}): KnowledgeData {
  const dir = options.dataDir ?? join(packageRoot(), 'data', 'actors');
  const data = { cues: readYaml(join(dir, 'cues.yaml')) as Cues } as KnowledgeData;
  for (const section of SECTIONS) {
    const list = readYaml(join(dir, `${section}.yaml`));
    if (!Array.isArray(list)) throw new Error(`actors data ${section}.yaml: expected a list`);
    data[section] = list as never;
  }
  for (const file of options.extraFiles ?? []) layer(data, readUserDictionary(file), file);
  return data;
}

/** Loads and compiles the knowledge base. */
export function loadKnowledge(options: LoadOptions = {}): Knowledge {
  return compileKnowledge(loadKnowledgeData(options));
}

let bundled: Knowledge | null = null;

/** The bundled knowledge, loaded once per process. */
export function bundledKnowledge(): Knowledge {
  bundled ??= loadKnowledge();
  return bundled;
}
