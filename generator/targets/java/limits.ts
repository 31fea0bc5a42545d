// JVM class-file limits the Java output could hit, and how each is kept: string constants are
// split (literals.ts), an object with more properties than a constructor takes is read by setting
// its fields, and sizes the generated code cannot take are refused with a pointer. The limits,
// from the JVM specification (4.4, 4.7.3, 4.11): a method's code is at most 65,535 bytes, a class
// has at most 65,535 constant-pool entries, a string constant is at most 65,535 bytes of modified
// UTF-8, a method takes 255 parameters.

import { SchemaError, joinPointer } from '../../errors.js';
import type { EnumDeclaration, ObjectDeclaration, UnionDeclaration } from '../../model/ir.js';

/**
 * An enum class initializes one constant per value in its static initializer, and so do its
 * Known and Value Java enums (about 16 bytes of code per constant there). The class itself takes
 * 20 bytes per string value with the SCHEMA array, and 26 per value of a nullable integer or
 * number enum (boxing calls): 65,535 bytes hold about 2,500 of those; 3,000 integers are "code
 * too large". Both kinds at 2,000 are compiled with javac by test/security/numbers.test.ts.
 */
export const MAX_JAVA_ENUM_VALUES = 2_000;

/**
 * The union's deserializer tries each variant in one method, about 45 bytes of code each:
 * 1,500 variants are "code too large", 1,000 compile (the benchmark's 2000-event schema).
 */
export const MAX_JAVA_UNION_VARIANTS = 1_000;

/**
 * The most bytes of modified UTF-8 a string constant may take: the class file holds 65,535, and
 * javac refuses 65,535 characters or more ("constant string too long"); bytes >= characters.
 */
export const MAX_JAVA_STRING_BYTES = 65_534;

/**
 * Up to this many properties, an object has final fields and its own deserializer, which passes
 * the values read to a private constructor (as one array, as its Builder does); above it, the
 * class has a no-argument constructor and Jackson sets its fields (setsFields). The number is
 * where the constructor ran out of the JVM's 255 parameter slots when it took one parameter per
 * property (252 + the additional properties + javac's synthetic one + `this`); the array lifted
 * that limit, and the boundary stays where both shapes are tested: 252 and 253 are compiled by
 * test/java-large-objects.test.ts.
 */
export const MAX_JAVA_CONSTRUCTOR_PROPERTIES = 252;

/** Whether an object's class is read by Jackson setting its fields, having too many properties for a constructor. */
export const setsFields = (d: ObjectDeclaration): boolean => d.properties.length > MAX_JAVA_CONSTRUCTOR_PROPERTIES;

/**
 * Above the constructor limit, the methods that take every property in turn grow with their
 * count. equals is the largest: two Object arrays of the fields (javac overflows its stack on a
 * chain of thousands of &&, so the large shape compares arrays), 18 bytes of code per property;
 * 3,700 properties are "code too large". toString (17 bytes each, through Utils.toString), build()
 * (11 per required property), the builder's field defaults (10 per constant) and the constant pool
 * (about 11 entries per property) come later. 3,500 compile (test/java-large-objects.test.ts).
 */
export const MAX_JAVA_PROPERTIES = 3_500;

export function checkObjectSize(d: ObjectDeclaration): void {
  if (d.properties.length <= MAX_JAVA_PROPERTIES) return;
  throw new SchemaError(
    `${d.schemaName} has ${d.properties.length} properties; a Java class takes at most ${MAX_JAVA_PROPERTIES} (its equals method would exceed the JVM's 64 KB method size)`,
    joinPointer(d.id, 'properties'),
    'group some properties into a nested object, or generate without the java target',
  );
}

export function checkEnumSize(d: EnumDeclaration): void {
  if (d.values.length <= MAX_JAVA_ENUM_VALUES) return;
  throw new SchemaError(
    `${d.schemaName} has ${d.values.length} enum values; a Java enum class takes at most ${MAX_JAVA_ENUM_VALUES} (its static initializer would exceed the JVM's 64 KB method size)`,
    joinPointer(d.id, 'enum'),
    'split the values into several enums combined with "anyOf", use a string with a "pattern", or generate without the java target',
  );
}

export function checkUnionSize(d: UnionDeclaration): void {
  if (d.variants.length <= MAX_JAVA_UNION_VARIANTS) return;
  throw new SchemaError(
    `${d.schemaName} has ${d.variants.length} variants; a Java union class takes at most ${MAX_JAVA_UNION_VARIANTS} (its deserializer would exceed the JVM's 64 KB method size)`,
    joinPointer(d.id, d.mode),
    'group the variants into nested unions of at most 1000 each, or generate without the java target',
  );
}

/** The length of `text` in modified UTF-8, the class-file encoding (NUL and each surrogate included). */
export function modifiedUtf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c === 0 ? 2 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }
  return bytes;
}

/** Refuses a string that must be a constant (a property name in @JsonProperty) and does not fit one. */
export function checkConstantString(text: string, what: string, pointer: string): void {
  if (text.length * 3 <= MAX_JAVA_STRING_BYTES) return;
  const bytes = modifiedUtf8Length(text);
  if (bytes <= MAX_JAVA_STRING_BYTES) return;
  throw new SchemaError(
    `${what} is ${bytes} bytes in Java's class-file encoding; a Java annotation needs it as one string constant, which holds at most ${MAX_JAVA_STRING_BYTES}`,
    pointer,
    'use a shorter name, or generate without the java target',
  );
}
