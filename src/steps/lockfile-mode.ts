/** How prepare-release updates Cargo.lock: a settings choice, apart from the edits that apply it. */
export type LockfileMode = 'workspace' | 'generate' | 'none'
export const LOCKFILE_MODES: readonly LockfileMode[] = ['workspace', 'generate', 'none']
