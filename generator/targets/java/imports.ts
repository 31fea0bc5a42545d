// The imports of a model file: the base imports of its declaration's kind, plus the
// java.util / Jackson / core types its view's code mentions.

import type { Declaration } from '../../model/ir.js';
import type { Packages } from './options.js';

const BASE_IMPORTS: Readonly<Record<Declaration['kind'], readonly string[]>> = {
  object: [
    'com.fasterxml.jackson.annotation.JsonAnyGetter',
    'com.fasterxml.jackson.annotation.JsonAnySetter',
    'com.fasterxml.jackson.annotation.JsonCreator',
    'com.fasterxml.jackson.annotation.JsonProperty',
    'core.ExcludeMissing',
    'core.JsonValue',
    'core.Schema',
    'core.Utils',
    'errors.OpenAIInvalidDataException',
    'java.util.Collections',
    'java.util.LinkedHashMap',
    'java.util.Map',
    'java.util.Objects',
    'java.util.Set',
  ],
  enum: [...jacksonSerde(), 'core.BaseDeserializer', 'core.BaseSerializer', 'core.JsonValue', 'core.Schema', 'errors.OpenAIInvalidDataException'],
  union: [
    ...jacksonSerde(),
    'core.BaseDeserializer',
    'core.BaseSerializer',
    'core.JsonValue',
    'core.Schema',
    'core.Utils',
    'errors.OpenAIInvalidDataException',
    'java.util.Objects',
    'java.util.Optional',
  ],
  alias: [
    ...jacksonSerde(),
    'core.BaseDeserializer',
    'core.BaseSerializer',
    'core.JsonValue',
    'core.Schema',
    'errors.OpenAIInvalidDataException',
    'java.util.Objects',
  ],
};

function jacksonSerde(): string[] {
  return ['com.fasterxml.jackson.databind.annotation.JsonDeserialize', 'com.fasterxml.jackson.databind.annotation.JsonSerialize'];
}

/** The view fields that hold Java code (types and expressions) rather than prose: imports are
 *  chosen from these alone, which is much cheaper than scanning the whole view with its Javadoc. */
const CODE_FIELDS = [
  'properties',
  'fieldType',
  'getterType',
  'builderInit',
  'buildArgument',
  'setters',
  'paramType',
  'argument',
  'schema',
  'variants',
  'type',
  'parameterType',
  'token',
  'ofParamType',
  'ofArgument',
  'boxed',
  'asType',
];
const CONDITIONAL_IMPORTS: Readonly<Record<string, string>> = {
  'List<': 'java.util.List',
  'Map<': 'java.util.Map',
  'Optional<': 'java.util.Optional',
  'Collections.': 'java.util.Collections',
  'TypeReference<': 'com.fasterxml.jackson.core.type.TypeReference',
  JsonField: 'core.JsonField',
  JsonMissing: 'core.JsonMissing',
};
const MENTIONS = /\b(?:List<|Map<|Optional<|Collections\.|TypeReference<|JsonField\b|JsonMissing\b)/g;

/** The MENTIONS in the strings under CODE_FIELDS (at any depth), as JSON.stringify(view,
 *  CODE_FIELDS) would list them, without building that text. */
function codeMentions(value: unknown, found: Set<string>): Set<string> {
  if (typeof value === 'string') {
    for (const mention of value.match(MENTIONS) ?? []) found.add(mention);
  } else if (Array.isArray(value)) {
    for (const item of value) codeMentions(item, found);
  } else if (value !== null && typeof value === 'object') {
    for (const key of CODE_FIELDS) if (key in value) codeMentions((value as Record<string, unknown>)[key], found);
  }
  return found;
}

/** Base imports for the kind, plus the java.util/Jackson/core types the view's code mentions. */
export function importsFor(d: Declaration, view: object, packages: Packages): string[] {
  const wanted = new Set(BASE_IMPORTS[d.kind]);
  for (const mention of codeMentions(view, new Set())) wanted.add(CONDITIONAL_IMPORTS[mention]!);
  if (d.kind === 'union' && d.discriminator !== null) ['java.util.Collections', 'core.DiscriminatedSchema'].forEach((i) => wanted.add(i));
  const qualified = [...wanted].map((i) =>
    i.startsWith('core.') ? `${packages.core}${i.slice(4)}` : i.startsWith('errors.') ? `${packages.errors}${i.slice(6)}` : i,
  );
  return qualified.sort();
}
