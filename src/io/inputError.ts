/** The input cannot be read at all (missing, empty, not the format it claims): the command exits 2 with this message. */
export class InputError extends Error {
  override name = 'InputError';
}
