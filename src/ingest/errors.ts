/** Input the engine refuses to read, with the field at fault, so a caller can answer 400 or 422. */
export class IngestInputError extends Error {
  override readonly name = 'IngestInputError';
  constructor(
    readonly field: 'text' | 'lexicon',
    message: string,
  ) {
    super(message);
  }
}
