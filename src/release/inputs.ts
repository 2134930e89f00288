import { InputError } from './errors.js'

/**
 * The settings of a phase as text, by the action's input names: the action
 * reads them with core.getInput, the CLI from its flags and the environment.
 * `label` says how the user gave a setting (`version`, or `--version` on the
 * command line), so that an error names it the way the user knows it.
 * An empty string means "not given": the default.
 */
export interface Inputs {
  get(name: string): string
  label(name: string): string
}

/** Inputs from a plain record (tests, and the CLI once its flags are parsed). */
export function inputsFrom(
  values: Record<string, string | undefined>,
  label: (name: string) => string = (name) => name
): Inputs {
  return { get: (name) => values[name] ?? '', label }
}

/** One of a fixed set of words. */
export function parseChoice<T extends string>(
  text: string,
  choices: readonly T[],
  input: string
): T {
  if ((choices as readonly string[]).includes(text)) return text as T
  throw new InputError(input, `"${text}" is not one of ${choices.join(', ')}`)
}

/** true or false, as YAML 1.2 writes them (the forms core.getBooleanInput takes); empty is false. */
export function parseBoolean(text: string, input: string): boolean {
  if (text === '' || /^(false|False|FALSE)$/.test(text)) return false
  if (/^(true|True|TRUE)$/.test(text)) return true
  throw new InputError(input, `"${text}" is not true or false`)
}

/** How long the chain waits for the runs a tag started: GitHub's longest job is 6 hours. */
export const DEFAULT_RUNS_WAIT_SECONDS = 6 * 3600

/** A number of seconds from 0 to 6 hours; empty is the fallback. */
export function parseSeconds(text: string, input: string, fallback: number): number {
  if (text === '') return fallback
  if (!/^\d+$/.test(text) || Number(text) > 6 * 3600) {
    throw new InputError(input, `"${text}" is not a number of seconds from 0 to 21600`)
  }
  return Number(text)
}

/** An input that must be given; `example` shows a value. */
export function requireInput(inputs: Inputs, name: string, example: string): string {
  const value = inputs.get(name)
  if (!value) throw new InputError(inputs.label(name), `is required, e.g. ${example}`)
  return value
}

export function parseUrl(text: string, input: string): string {
  try {
    const url = new URL(text)
    if (url.protocol === 'https:' || url.protocol === 'http:') return text.replace(/\/+$/, '')
  } catch {
    // answered below
  }
  throw new InputError(input, `"${text}" is not an http(s) URL`)
}

/**
 * A branch name git takes (git check-ref-format --branch), that is no
 * option either: no leading -, no .., no //, no @{, none of ~^:?*[\\ and
 * no space, not ending in / . or .lock (control characters: checkInputValues
 * refuses them in every input).
 */
export function parseBranchName(text: string, input: string, example = 'main'): string {
  const bad = /^[-/.]|[/.]$|\.lock$|\.\.|\/\/|\/\.|@\{|[\s~^:?*[\\]/.test(text) || text === '@'
  if (bad)
    throw new InputError(
      input,
      `"${text}" is not a branch name git takes; give a branch, e.g. ${example}`
    )
  return text
}

/** A comma- or newline-separated list. */
export function parseList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((entry) => entry.trim())
    .filter(Boolean)
}

/** A command such as "make bundle" as an argument array: split at whitespace, never a shell. */
export function parseCommand(text: string, input: string, example: string): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean)
  if (words.length === 0)
    throw new InputError(input, `is empty; give a command such as "${example}"`)
  return words
}

/** The longest value any input takes: lists of images and assets fit many times over. */
export const MAX_INPUT_LENGTH = 16_384

// C0 controls but tab, line feed and carriage return (lists are one a line), and DEL.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/

/**
 * Refuses, before anything runs, a value no input takes whatever it means: a
 * control character (a paste gone wrong, an injection attempt) or a value
 * longer than MAX_INPUT_LENGTH. The message names the input, never the value
 * (it may be a token).
 */
export function checkInputValues(
  values: Record<string, string>,
  label: (name: string) => string
): void {
  for (const [name, value] of Object.entries(values)) {
    if (value.length > MAX_INPUT_LENGTH) {
      throw new InputError(
        label(name),
        `is ${value.length} characters long, more than the ${MAX_INPUT_LENGTH} any input takes; give the value itself`
      )
    }
    const control = CONTROL_CHARACTER.exec(value)
    if (control) {
      const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')
      throw new InputError(
        label(name),
        `holds the control character U+${code} at position ${control.index + 1}; give the value as plain text`
      )
    }
  }
}
