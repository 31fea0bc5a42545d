// Reserved words per language, as data. An identifier in this list is escaped by the target's
// own rule (TypeScript/Python/Java: a trailing "_"; C#: a leading "@").
/** ECMAScript 2024 §12.7.2 reserved words, strict-mode and TypeScript contextual type names. */
export const TYPESCRIPT_RESERVED = new Set([
    'await', 'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'enum',
    'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new', 'null', 'return',
    'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'yield',
    'implements', 'interface', 'let', 'package', 'private', 'protected', 'public', 'static',
    'any', 'unknown', 'never', 'number', 'string', 'boolean', 'symbol', 'object', 'bigint', 'undefined', 'type', 'arguments', 'eval',
]);
/** Global names the generated TypeScript module itself uses; a declaration must not shadow them. */
export const TYPESCRIPT_GLOBALS_USED = new Set([
    'Array', 'Object', 'String', 'Number', 'Boolean', 'Error', 'JSON', 'RegExp', 'Record', 'Set', 'Map', 'Math', 'Symbol', 'Readonly', 'Partial', 'Promise',
]);
/** Python 3.12 `keyword.kwlist` and `keyword.softkwlist`. */
export const PYTHON_RESERVED = new Set([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else',
    'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
    'return', 'try', 'while', 'with', 'yield', '_', 'case', 'match', 'type',
]);
/** C# 12 keywords (ECMA-334 §6.4.4); contextual keywords are legal identifiers and not listed. */
export const CSHARP_RESERVED = new Set([
    'abstract', 'as', 'base', 'bool', 'break', 'byte', 'case', 'catch', 'char', 'checked', 'class', 'const', 'continue', 'decimal',
    'default', 'delegate', 'do', 'double', 'else', 'enum', 'event', 'explicit', 'extern', 'false', 'finally', 'fixed', 'float', 'for',
    'foreach', 'goto', 'if', 'implicit', 'in', 'int', 'interface', 'internal', 'is', 'lock', 'long', 'namespace', 'new', 'null',
    'object', 'operator', 'out', 'override', 'params', 'private', 'protected', 'public', 'readonly', 'ref', 'return', 'sbyte',
    'sealed', 'short', 'sizeof', 'stackalloc', 'static', 'string', 'struct', 'switch', 'this', 'throw', 'true', 'try', 'typeof',
    'uint', 'ulong', 'unchecked', 'unsafe', 'ushort', 'using', 'virtual', 'void', 'volatile', 'while',
]);
/** Java SE 17 JLS §3.9 keywords and literals, plus restricted identifiers (var, yield, record). */
export const JAVA_RESERVED = new Set([
    'abstract', 'assert', 'boolean', 'break', 'byte', 'case', 'catch', 'char', 'class', 'const', 'continue', 'default', 'do',
    'double', 'else', 'enum', 'extends', 'final', 'finally', 'float', 'for', 'goto', 'if', 'implements', 'import', 'instanceof',
    'int', 'interface', 'long', 'native', 'new', 'package', 'private', 'protected', 'public', 'return', 'short', 'static',
    'strictfp', 'super', 'switch', 'synchronized', 'this', 'throw', 'throws', 'transient', 'try', 'void', 'volatile', 'while',
    'true', 'false', 'null', '_', 'var', 'yield', 'record', 'sealed', 'permits', 'non-sealed',
]);
/** java.lang types a generated class name must not shadow (JLS §7.3: java.lang is imported on demand). */
export const JAVA_LANG_TYPES = new Set([
    'Object', 'String', 'Class', 'Integer', 'Long', 'Short', 'Byte', 'Double', 'Float', 'Boolean', 'Character', 'Number', 'Void',
    'Math', 'System', 'Thread', 'Runnable', 'Exception', 'RuntimeException', 'Error', 'Throwable', 'Iterable', 'Comparable',
    'Override', 'Deprecated', 'SuppressWarnings', 'FunctionalInterface', 'SafeVarargs', 'Enum', 'Record', 'StringBuilder',
    'CharSequence', 'AutoCloseable', 'Cloneable', 'Process', 'Runtime', 'Package', 'Module', 'ClassLoader', 'IllegalStateException',
    'IllegalArgumentException', 'NullPointerException', 'UnsupportedOperationException',
]);
