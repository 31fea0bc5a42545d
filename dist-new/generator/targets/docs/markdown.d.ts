/** Where the Markdown goes: a table cell (one line, pipes split cells) or a block of its own. */
export type Context = 'cell' | 'block';
export declare function escapeHtml(text: string): string;
/** Plain text (a name, a title): every Markdown-active character escaped. */
export declare function literal(text: string): string;
/** Schema prose (Markdown) made safe for the context; see the file header. */
export declare function prose(text: string, context: Context): string;
/** A code span holding exactly `text` (shown as JSON when it would not survive a code span). */
export declare function codeSpan(text: string, context: Context): string;
/** A fenced code block's fence: longer than any backtick run in the content. */
export declare function fenceFor(content: string): string;
/** GitHub's heading anchors for one page: call slug() for every heading in page order. */
export declare class Slugger {
    private readonly seen;
    slug(text: string): string;
}
