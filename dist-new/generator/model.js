// The language-neutral model (IR). Types only: no casing, no type strings, no imports.
// A flat ordered list of declarations, each referenced by id (the JSON pointer of its
// defining schema). Absent information is `null`, never a missing field, so every
// consumer sees the same shape.
export {};
