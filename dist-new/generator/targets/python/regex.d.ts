export declare function toPythonPattern(source: string, pointer: string): string;
