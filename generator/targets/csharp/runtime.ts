// The C# runtime (templates/csharp/runtime/*.cs: the JSON Schema 2020-12 validator, the readers
// and writers, the exception) is real C# that test/runtime/csharp.test.ts compiles and unit-tests as
// it is. Each output gets it copied with two changes, and only these: the banner line the
// templates began with ("// <banner>" and a blank line) is put in front, and the file's one
// file-scoped namespace declaration ("namespace X.Y;" on a line of its own, whatever X.Y the
// source declares) names the output's namespace instead. The runtime files declare no other
// namespace and import none of their own (their usings are System.*), so nothing else is touched;
// a source with no such line, or more than one, is refused rather than half-replaced.

import { requiredSource } from '../../render/runtime-sources.js';
import { OptionsError, quoted } from '../../errors.js';
import type { CopiedFile } from '../target.js';

/** The file-scoped namespace declaration: the whole line, so a mention in a comment or string is never matched. */
const NAMESPACE_LINE = /^namespace [\p{L}_][\p{L}\p{N}_]*(?:\.[\p{L}_][\p{L}\p{N}_]*)*;$/gmu;

/** The runtime files an output needs (the generated code calls into them), in path order. */
export const RUNTIME_SOURCES = [
  'SchemaBranches.cs',
  'SchemaDiscriminator.cs',
  'SchemaFormats.Uris.cs',
  'SchemaFormats.Views.cs',
  'SchemaFormats.cs',
  'SchemaIdn.cs',
  'SchemaKeywords.cs',
  'SchemaLinearPattern.cs',
  'SchemaNode.cs',
  'SchemaNumbers.cs',
  'SchemaRuntime.cs',
  'SchemaUris.cs',
  'SchemaValidation.cs',
  'SchemaValidationException.cs',
  'SchemaValidator.Assertions.cs',
  'SchemaValidator.Compile.cs',
  'SchemaValidator.Dialects.cs',
  'SchemaValidator.Evaluate.cs',
  'SchemaValidator.cs',
];

/** The native views' helpers: copied only into an output that has a view, so that one without (no format, or csharp.nativeFormats=false) is what it was before views existed. */
export const VIEWS_SOURCE = 'SchemaFormats.Views.cs';

/** `banner`: the banner as lineComment() made it; `runtime`: path below runtime/ -> text; `views`: whether any property has a native view. */
export function runtimeFiles(runtime: ReadonlyMap<string, string>, namespace: string, banner: string, views: boolean): CopiedFile[] {
  return RUNTIME_SOURCES.filter((path) => views || path !== VIEWS_SOURCE).map((path) => {
    const source = requiredSource(runtime, 'csharp', path);
    return { path, content: `// ${banner}\n\n${withNamespace(source, namespace, path)}` };
  });
}

/** The source with its one file-scoped namespace declaration naming `namespace`. */
export function withNamespace(source: string, namespace: string, path: string): string {
  const declarations = source.match(NAMESPACE_LINE) ?? [];
  if (declarations.length !== 1) {
    throw new OptionsError(
      `csharp runtime source ${quoted(path)} must declare exactly one file-scoped namespace ("namespace X.Y;" on a line of its own), found ${declarations.length}`,
      'fix the file in your template overrides (--templates DIR/csharp/runtime/)',
    );
  }
  return source.replace(NAMESPACE_LINE, () => `namespace ${namespace};`);
}
