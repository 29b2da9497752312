export { extractArticle, type ExtractOptions } from './extract.ts';
export { toDryRun, toDryRunJson, toEditorDryRun, type DryRun, type EditorDryRun } from './dry-run.ts';
export { IngestInputError } from './errors.ts';
export type * from './types.ts';
