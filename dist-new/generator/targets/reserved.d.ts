/** ECMAScript 2024 §12.7.2 reserved words, strict-mode and TypeScript contextual type names. */
export declare const TYPESCRIPT_RESERVED: ReadonlySet<string>;
/** Global names the generated TypeScript module itself uses; a declaration must not shadow them. */
export declare const TYPESCRIPT_GLOBALS_USED: ReadonlySet<string>;
/** Python 3.12 `keyword.kwlist` and `keyword.softkwlist`. */
export declare const PYTHON_RESERVED: ReadonlySet<string>;
/** C# 12 keywords (ECMA-334 §6.4.4); contextual keywords are legal identifiers and not listed. */
export declare const CSHARP_RESERVED: ReadonlySet<string>;
/** Java SE 17 JLS §3.9 keywords and literals, plus restricted identifiers (var, yield, record). */
export declare const JAVA_RESERVED: ReadonlySet<string>;
/** java.lang types a generated class name must not shadow (JLS §7.3: java.lang is imported on demand). */
export declare const JAVA_LANG_TYPES: ReadonlySet<string>;
