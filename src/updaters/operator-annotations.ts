import YAML, { isMap, isScalar, Scalar, type Pair, type YAMLMap } from '../release/yaml.js'
import { InputError } from '../release/errors.js'
import { spliceAll } from '../release/text.js'

/** The bundle annotation that names the OLM package. */
export const PACKAGE_ANNOTATION = 'operators.operatorframework.io.bundle.package.v1'

/** The annotation community-operators-prod needs: the OpenShift versions the bundle is for. */
export const OPENSHIFT_VERSIONS_ANNOTATION = 'com.redhat.openshift.versions'

function annotationsMap(content: string, path: string): YAMLMap {
  const doc = YAML.parseDocument(content)
  if (doc.errors.length > 0)
    throw new InputError(path, `is not valid YAML: ${doc.errors[0].message}`)
  const map = doc.get('annotations', true)
  if (!isMap(map))
    throw new InputError(
      path,
      'has no "annotations:" mapping; expected the bundle\'s metadata/annotations.yaml'
    )
  return map as YAMLMap
}

function keyOf(pair: Pair): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined
}

/** The annotations as plain strings. */
export function readAnnotations(
  content: string,
  path = 'metadata/annotations.yaml'
): Record<string, string> {
  // No prototype: an annotation named `__proto__` or `constructor` is a key like any other.
  const out = Object.create(null) as Record<string, string>
  for (const pair of annotationsMap(content, path).items) {
    const key = keyOf(pair)
    if (key !== undefined && isScalar(pair.value)) out[key] = String(pair.value.value)
  }
  return out
}

/**
 * Sets one annotation: an existing value is replaced in place (keeping its
 * quoting style), a new one is added as a double-quoted line after the last
 * annotation, with the indentation of the others.
 */
export function setAnnotation(
  content: string,
  key: string,
  value: string,
  path = 'metadata/annotations.yaml'
): string {
  const map = annotationsMap(content, path)
  if (map.flow)
    throw new InputError(
      path,
      'writes "annotations" as a flow mapping ({...}); expected one annotation per line'
    )
  const existing = map.items.find((pair) => keyOf(pair) === key)
  if (existing && isScalar(existing.value) && existing.value.range) {
    if (String(existing.value.value) === value) return content
    const [start, end] = existing.value.range
    const quoted =
      existing.value.type === Scalar.QUOTE_SINGLE
        ? `'${value.replace(/'/g, "''")}'`
        : JSON.stringify(value)
    return spliceAll(content, [
      {
        start,
        end,
        text: existing.value.type === Scalar.PLAIN && isPlainSafe(value) ? value : quoted
      }
    ])
  }
  const last = map.items[map.items.length - 1]
  if (!last || !isScalar(last.key) || !last.key.range) {
    throw new InputError(
      path,
      'has an empty "annotations:" mapping; expected the bundle annotations'
    )
  }
  const keyStart = last.key.range[0]
  const indent = content.slice(content.lastIndexOf('\n', keyStart - 1) + 1, keyStart)
  const valueEnd =
    isScalar(last.value) && last.value.range ? last.value.range[1] : last.key.range[1]
  const newline = content.indexOf('\n', valueEnd)
  const eol = content.includes('\r\n') ? '\r\n' : '\n'
  const line = `${indent}${key}: ${JSON.stringify(value)}`
  if (newline < 0) return `${content}${eol}${line}${eol}`
  return spliceAll(content, [{ start: newline + 1, end: newline + 1, text: `${line}${eol}` }])
}

function isPlainSafe(value: string): boolean {
  return /^[A-Za-z0-9][\w.\-/=]*$/.test(value)
}
