export declare function dotnetPattern(source: string, pointer: string): string;
