import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { parse } from 'yaml';
import { packageRoot } from '../../common/package-root.js';
import { compileKnowledge, type Knowledge } from './compile.js';
import { type Cues, type KnowledgeData, type KnowledgeSection, SECTIONS } from './types.js';

export interface LoadOptions {
  /** Folder of the bundled data files; default `data/actors` under the package root. */
  dataDir?: string;
  /** User dictionaries layered over the bundled data, in order (later files win). */
  extraFiles?: string[];
  /** User dictionaries given as text (e.g. stored in the database), layered after the files. */
  extraTexts?: { name: string; content: string }[];
}

const keyOf = (section: KnowledgeSection, entry: Record<string, unknown>) =>
  String(section === 'countries' || section === 'sectors' ? entry.code : entry.id);

/** A data file's YAML, parsed through the cache below; a syntax error names the file. */
export function readYaml(file: string): unknown {
  return parseYamlCached(file, readFileSync(file, 'utf8'));
}

/**
 * Parsing a large YAML file costs a second or more in a fresh process (the parser is cold), so
 * each file's parse is kept as JSON in the temp folder, keyed by a hash of its text: a changed file
 * is parsed again, and a cache that cannot be read or written is simply skipped.
 */
function parseYamlCached(name: string, text: string): unknown {
  const key = createHash('sha256').update(YAML_CACHE_VERSION).update(text).digest('hex').slice(0, 32);
  const file = join(tmpdir(), 'chronicle-actors-cache', `${key}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    const value = parseYaml(name, text);
    try {
      mkdirSync(dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(value));
      renameSync(tmp, file);
    } catch {
      // A read-only or full temp folder only costs the parse.
    }
    return value;
  }
}

const YAML_CACHE_VERSION = 'yaml-core-1';

function parseYaml(name: string, text: string): unknown {
  try {
    return parse(text);
  } catch (e) {
    throw new Error(`actors data ${name}: ${(e as Error).message}`);
  }
}

type Layer = Partial<Record<KnowledgeSection, unknown[]>>;

/**
 * Reads one user dictionary: either a list named by its file (`people.yaml`, `my-people.yaml`
 * ending in a section name) or a mapping of section names to lists.
 */
export function readUserDictionary(file: string): Layer {
  return parseUserDictionary(file, readFileSync(file, 'utf8'));
}

/** Parses a user dictionary's text; `name` is its file name (for a bare list, it names the section). */
export function parseUserDictionary(name: string, text: string): Layer {
  const doc = parseYaml(name, text);
  if (Array.isArray(doc)) {
    const stem = basename(name).replace(/\.(ya?ml|json)$/i, '');
    const section = SECTIONS.find((s) => stem === s || stem.endsWith(`-${s}`) || stem.endsWith(`.${s}`));
    if (!section)
      throw new Error(`${name}: a list file must be named after its section (${SECTIONS.join(', ')})`);
    return { [section]: doc };
  }
  if (doc && typeof doc === 'object') {
    const out: Layer = {};
    for (const [k, v] of Object.entries(doc)) {
      if (!SECTIONS.includes(k as KnowledgeSection)) throw new Error(`${name}: unknown section "${k}"`);
      if (!Array.isArray(v)) throw new Error(`${name}: section "${k}" must be a list`);
      out[k as KnowledgeSection] = v;
    }
    return out;
  }
  throw new Error(`${name}: expected a list or a mapping of sections`);
}

/** Entries of a later layer replace those of the same id (or code) and add the rest. */
function layer(base: KnowledgeData, extra: Layer, file: string): void {
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
  const bundledDir = join(packageRoot(), 'data', 'actors');
  const dir = options.dataDir ?? bundledDir;
  // The cue words are the stage's own: another data folder may leave them out.
  const cuesFile = existsSync(join(dir, 'cues.yaml'))
    ? join(dir, 'cues.yaml')
    : join(bundledDir, 'cues.yaml');
  const data = { cues: readYaml(cuesFile) as Cues } as KnowledgeData;
  for (const section of SECTIONS) {
    const list = readYaml(join(dir, `${section}.yaml`));
    if (!Array.isArray(list)) throw new Error(`actors data ${section}.yaml: expected a list`);
    data[section] = list as never;
  }
  for (const file of options.extraFiles ?? []) layer(data, readUserDictionary(file), file);
  for (const d of options.extraTexts ?? []) layer(data, parseUserDictionary(d.name, d.content), d.name);
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
