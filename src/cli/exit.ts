/** Process exit codes used by every command. */
export const EXIT = {
  ok: 0,
  /** The command could not do its job (e.g. the database could not be opened). */
  failure: 1,
  /** Invalid arguments. */
  usage: 2,
  /** The command finished, but some items had errors (see the summary). */
  partial: 3,
} as const;
