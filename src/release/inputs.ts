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
