// The parts of yaml the project uses, loaded at their first call (see
// lazy.cjs); types come from yaml itself.
import type * as Yaml from 'yaml'
import { yaml } from './lazy.cjs'

export type { Document, Pair, YAMLMap } from 'yaml'

export const parse = ((...args: Parameters<typeof Yaml.parse>) =>
  yaml().parse(...args)) as typeof Yaml.parse
export const parseDocument = ((...args: Parameters<typeof Yaml.parseDocument>) =>
  yaml().parseDocument(...args)) as typeof Yaml.parseDocument
export const parseAllDocuments = ((...args: Parameters<typeof Yaml.parseAllDocuments>) =>
  yaml().parseAllDocuments(...args)) as typeof Yaml.parseAllDocuments
export const isMap = ((node: unknown) => yaml().isMap(node)) as typeof Yaml.isMap
export const isScalar = ((node: unknown) => yaml().isScalar(node)) as typeof Yaml.isScalar
export const isSeq = ((node: unknown) => yaml().isSeq(node)) as typeof Yaml.isSeq

/** Scalar's static members (Scalar.QUOTE_SINGLE...), read from yaml when used. */
export const Scalar = new Proxy({} as typeof Yaml.Scalar, {
  get: (_, key) => Reflect.get(yaml().Scalar, key)
})
export type Scalar<T = unknown> = Yaml.Scalar<T>

/** `YAML.parse(...)` as the default import offers it. */
const YAML = { parse, parseDocument, parseAllDocuments }
export default YAML
