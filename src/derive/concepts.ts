import { parse, YAMLParseError } from 'yaml';
import { InputError, InputFault } from './errors.js';
import type { ConceptRow, TaxonomyRows } from './types.js';

/** The taxonomies of the 0.4 era, each the set of concepts below its root concept. */
export const TAXONOMY_ROOTS = ['entity', 'abuse'] as const;

const SCHEME_KEY = 'scheme';

interface Concept {
  id: string;
  label: string;
  description: string;
  broader: string[];
  narrower: string[];
}

type YamlMap = Record<string, unknown>;

/**
 * The taxonomy rows of the concepts file: taxonomy `entity` holds every concept below the
 * `entity` concept, `abuse` every concept below `abuse`, the roots excluded. Both `broader`
 * and `narrower` links are followed, and a concept naming itself is skipped.
 *
 * @throws InputError when the text is not YAML or has no scheme `baseurl`.
 */
export function parseConcepts(yamlText: string, fileName = 'concepts.yaml'): TaxonomyRows {
  const document = parseYaml(yamlText, fileName);
  const scheme = document[SCHEME_KEY];
  const baseurl = isMap(scheme) ? scheme.baseurl : undefined;
  if (typeof baseurl !== 'string')
    throw new InputError(fileName, null, 'no scheme baseurl', InputFault.MALFORMED);
  const concepts = readConcepts(document);
  const children = childLinks(concepts);
  return {
    taxonomyByKey: TAXONOMY_ROOTS.map((key) => ({ key, uri: `${baseurl}/${key}` })),
    conceptByTaxonomyId: TAXONOMY_ROOTS.flatMap((taxonomy) =>
      descendants(children, taxonomy)
        .flatMap((key) => conceptRow(taxonomy, concepts.get(key), baseurl))
        .sort((a, b) => (a.id < b.id ? -1 : Number(a.id > b.id))),
    ),
  };
}

function parseYaml(text: string, fileName: string): YamlMap {
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    const line = error instanceof YAMLParseError ? (error.linePos?.[0].line ?? null) : null;
    throw new InputError(
      fileName,
      line,
      `malformed YAML (${(error as Error).message})`,
      InputFault.MALFORMED,
    );
  }
  if (!isMap(document))
    throw new InputError(fileName, null, 'not a YAML mapping', InputFault.MALFORMED);
  return document;
}

function isMap(value: unknown): value is YamlMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every concept by its key; the `id` field defaults to the key. */
function readConcepts(document: YamlMap): Map<string, Concept> {
  const concepts = new Map<string, Concept>();
  for (const [key, entry] of Object.entries(document)) {
    if (key === SCHEME_KEY || !isMap(entry)) continue;
    concepts.set(key, {
      id: typeof entry.id === 'string' ? entry.id : key,
      label: typeof entry.prefLabel === 'string' ? entry.prefLabel.trim() : key,
      description: typeof entry.description === 'string' ? entry.description.trim() : '',
      broader: links(entry.broader),
      narrower: links(entry.narrower),
    });
  }
  return concepts;
}

/** A link field: one key or a list of keys. */
function links(value: unknown): string[] {
  const keys = Array.isArray(value) ? value : [value];
  return keys.filter((key): key is string => typeof key === 'string');
}

/** Each concept's children, from its own `narrower` and from the `broader` of others. */
function childLinks(concepts: Map<string, Concept>): Map<string, Set<string>> {
  const children = new Map<string, Set<string>>();
  const link = (parent: string, child: string): void => {
    if (parent !== child) children.set(parent, (children.get(parent) ?? new Set()).add(child));
  };
  for (const [key, concept] of concepts) {
    for (const parent of concept.broader) link(parent, key);
    for (const child of concept.narrower) link(key, child);
  }
  return children;
}

/** Every key reachable below a root, the root excluded. */
function descendants(children: Map<string, Set<string>>, root: string): string[] {
  const seen = new Set<string>([root]);
  const queue = [root];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const child of children.get(next) ?? []) {
      if (seen.has(child)) continue;
      seen.add(child);
      queue.push(child);
    }
  }
  seen.delete(root);
  return [...seen];
}

function conceptRow(taxonomy: string, concept: Concept | undefined, baseurl: string): ConceptRow[] {
  if (concept === undefined) return [];
  const { id, label, description } = concept;
  return [{ taxonomy, id, uri: `${baseurl}/${id}`, label, description }];
}
