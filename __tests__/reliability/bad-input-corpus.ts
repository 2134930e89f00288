/**
 * The bad-input corpus: generated cases for every phase and both entry points
 * (CLI flags, action inputs). Each case is a set of arguments or inputs that
 * must end in exit 2 with one message naming `names` (the flag or input, the
 * way the user gave it), before anything changes.
 */
import { COMMON_FLAGS } from '../../src/cli-command.js'
import { type Command, MANIFEST_FLAG } from '../../src/steps/command.js'
import { operatorCommand } from '../../src/phases/operator-release/command.js'
import { postCommand } from '../../src/phases/post-release/command.js'
import { prepareCommand } from '../../src/phases/prepare-release/command.js'
import { tagCommand } from '../../src/phases/tag-release/command.js'

export type Entry = 'cli' | 'action'
export type PhaseName = 'prepare' | 'tag' | 'post' | 'operator'

export interface BadInput {
  entry: Entry
  phase: PhaseName
  /** What the case is, for the test's name. */
  what: string
  /** cli: the flags after the command; action: the inputs. */
  argv: string[]
  inputs: Record<string, string>
  /** The flag or input the message must name, e.g. --version or version. */
  names: string
  /** More the message must say (the fix). */
  says?: RegExp
}

export const COMMANDS: Record<PhaseName, Command> = {
  prepare: prepareCommand,
  tag: tagCommand,
  post: postCommand,
  operator: operatorCommand
}

/** The action's input of a CLI flag (--repo sets working-directory). */
function inputOf(command: Command, flag: string): string {
  const all = { ...COMMON_FLAGS, ...MANIFEST_FLAG, ...command.flags }
  return all[flag]?.input ?? flag
}

/** The flags that take a value, for each command (--repo, --remote, --github-repo included). */
function stringFlags(command: Command): string[] {
  return Object.entries({ ...command.flags, ...COMMON_FLAGS })
    .filter(([, flag]) => flag.type === 'string')
    .map(([name]) => name)
}

/** The good inputs each phase gets besides the one under test, so that only the bad one is refused. */
function goodInputs(phase: PhaseName, repo: string): Record<string, string> {
  const base: Record<string, string> = { 'working-directory': repo, version: '0.6.1' }
  if (phase === 'operator') base.stage = 'prepare'
  if (phase === 'prepare') base['no-push'] = 'true'
  return base
}

/** Values no string input takes: control characters, and a huge value. */
const UNTAKEABLE: [string, string, RegExp][] = [
  ['a bell character', 'v\u0007', /control character U\+0007/],
  ['a NUL byte', '0.6.1\u0000; rm -rf /', /control character U\+0000/],
  ['a huge value', 'x'.repeat(20_000), /20000 characters long/]
]

/** Values the grammar of an input refuses: each input with what it must look like. */
function grammarCases(
  repo: string,
  file: string,
  outside: string,
  manifests: ManifestFiles
): GrammarCase[] {
  const shell = ['$(touch /tmp/pwned)', '`id`', '0.6.1; rm -rf /', '0.6.1 | cat', '0.6.1 && echo']
  return [
    // versions
    ...[
      '0.6',
      'v0.4.1.rc1',
      '1.2.3.4',
      'latest',
      '-1.0.0',
      '01.2.3',
      '0.6.1-',
      '',
      ' ',
      '9'.repeat(400) + '.0.0',
      ...shell
    ].flatMap((value): GrammarCase[] =>
      (['prepare', 'tag', 'post', 'operator'] as PhaseName[]).map((phase) => ({
        phase,
        flag: 'version',
        value,
        what: `version ${JSON.stringify(value.slice(0, 30))}`
      }))
    ),
    // the checkout folder
    ...(['prepare', 'tag', 'post', 'operator'] as PhaseName[]).flatMap((phase): GrammarCase[] => [
      { phase, flag: 'repo', value: `${repo}/missing`, what: 'a missing folder', names: 'repo' },
      { phase, flag: 'repo', value: file, what: 'a file', names: 'repo' },
      { phase, flag: 'repo', value: outside, what: 'a folder that is no checkout', names: 'repo' },
      {
        phase,
        flag: 'repo',
        value: `${repo}/../missing/..//nope`,
        what: 'a path with ..',
        names: 'repo'
      }
    ]),
    // refs and branch names
    ...(['prepare', 'operator'] as PhaseName[]).flatMap((phase): GrammarCase[] =>
      ['no-such-branch', '--upload-pack=touch /tmp/pwned', 'main;id', '../main'].map((value) => ({
        phase,
        flag: 'base',
        value,
        what: `base ${JSON.stringify(value)}`
      }))
    ),
    ...(['prepare', 'tag', 'post', 'operator'] as PhaseName[]).flatMap((phase): GrammarCase[] =>
      ['upstream', '--upload-pack=id', 'origin;id'].map((value) => ({
        phase,
        flag: 'remote',
        value,
        what: `remote ${JSON.stringify(value)}`
      }))
    ),
    // repositories
    ...(['prepare', 'tag', 'post', 'operator'] as PhaseName[]).flatMap((phase): GrammarCase[] =>
      ['bpfman', 'a/b/c', 'https://example.com/x', 'a/b;id', '../etc'].map((value) => ({
        phase,
        flag: 'github-repo',
        value,
        what: `repository ${JSON.stringify(value)}`
      }))
    ),
    // a repository GitHub does not know (or the token cannot see): prepare pushes for it.
    // post looks for the tag in git first: its case is in bad-input.test.ts, in a released world.
    ...(['prepare', 'tag'] as PhaseName[]).map((phase): GrammarCase => ({
      phase,
      flag: 'github-repo',
      value: 'bpfman/bpfmn',
      what: 'an unknown repository',
      says: /GitHub knows no repository bpfman\/bpfmn, or the token cannot see it/,
      extra: phase === 'prepare' ? { 'no-push': '' } : undefined
    })),
    // choices, numbers, URLs
    ...['yes', 'workspace;id'].map((value): GrammarCase => ({
      phase: 'prepare',
      flag: 'lockfile',
      value,
      what: `lockfile ${value}`
    })),
    ...['0', '-3', '1.5', 'abc', '#12', '99999999999999999999', '$(id)'].map(
      (value): GrammarCase => ({ phase: 'tag', flag: 'pr', value, what: `pr ${value}` })
    ),
    ...['minor', 'release;id'].map((value): GrammarCase => ({
      phase: 'tag',
      flag: 'kind',
      value,
      what: `kind ${value}`
    })),
    ...['maybe', 'draft;id'].map((value): GrammarCase => ({
      phase: 'tag',
      flag: 'publish',
      value,
      what: `publish ${value}`
    })),
    ...['-1', 'soon', '1e3', '100000000'].map((value): GrammarCase => ({
      phase: 'post',
      flag: 'wait-seconds',
      value,
      what: `wait-seconds ${value}`
    })),
    ...['ftp://example.com', 'not a url', 'javascript:alert(1)', 'http//x'].flatMap(
      (value): GrammarCase[] =>
        ['registry-url', 'crates-api-url', 'copr-url'].map((flag) => ({
          phase: 'post',
          flag,
          value,
          what: `${flag} ${value}`,
          // copr-url is read with copr-project only
          extra: flag === 'copr-url' ? { 'copr-project': '@ebpf-sig/bpfman' } : undefined
        }))
    ),
    // issue 23: the folder the release YAMLs are built in is inside the repository
    ...['../outside', '/etc', '.git', 'examples/../../x'].map((value): GrammarCase => ({
      phase: 'post',
      flag: 'yamls-directory',
      value,
      what: `yamls-directory ${value}`,
      says: /give a path relative to the repository's top, inside it and outside \.git\//
    })),
    ...['everything', 'images,nope'].map((value): GrammarCase => ({
      phase: 'post',
      flag: 'fail-on',
      value,
      what: `fail-on ${value}`
    })),
    ...['bpfman', 'a/b/c'].map((value): GrammarCase => ({
      phase: 'post',
      flag: 'operator-repository',
      value,
      what: `operator-repository ${value}`
    })),
    ...['publish', 'prepare;id', 'PREPARE'].map((value): GrammarCase => ({
      phase: 'operator',
      flag: 'stage',
      value,
      what: `stage ${value}`
    })),
    // config files and manifests
    ...(['prepare', 'tag', 'post', 'operator'] as PhaseName[]).flatMap((phase): GrammarCase[] => [
      {
        phase,
        flag: 'config-file',
        value: `${repo}/no-such-config.yml`,
        what: 'a missing config file',
        names: 'config-file'
      }
    ]),
    // manifests: read before any request (tag and post, whose base input, when given, is
    // taken over the manifest's), or before anything is applied (prepare)
    ...(['prepare', 'tag', 'post'] as PhaseName[]).flatMap((phase): GrammarCase[] =>
      [
        {
          phase,
          flag: 'manifest',
          value: file,
          what: 'a manifest that does not parse',
          names: 'manifest',
          says: /is not JSON/
        },
        {
          phase,
          flag: 'manifest',
          value: manifests.foreign,
          what: "another release's manifest",
          names: 'manifest',
          says: /is the manifest of bpfman\/bpfman v0\.5\.0, not bpfman\/bpfman v0\.6\.1/
        },
        {
          phase,
          flag: 'manifest',
          value: manifests.oldSchema,
          what: 'a manifest of another schema',
          names: 'manifest',
          says: /schema is 1/
        },
        {
          phase,
          flag: 'manifest',
          value: manifests.oversized,
          what: 'a manifest over 1 MB',
          names: 'manifest',
          says: /over the 1048576 a manifest may hold/
        }
      ].flatMap((item) =>
        phase === 'post'
          ? [item, { ...item, what: `${item.what}, with base`, extra: { base: 'main' } }]
          : [item]
      )
    ),
    // the base branch: tag and post check it before any request
    ...(['tag', 'post'] as PhaseName[]).flatMap((phase): GrammarCase[] =>
      ['no-such-branch', '--upload-pack=touch /tmp/pwned', 'main;id', '../main', 'main.lock'].map(
        (value) => ({ phase, flag: 'base', value, what: `base ${JSON.stringify(value)}` })
      )
    ),
    // read only together with copr-project
    ...['copr-url', 'copr-package'].map((flag): GrammarCase => ({
      phase: 'post',
      flag,
      value: flag === 'copr-url' ? 'https://copr.example.com' : 'bpfman-nightly',
      what: `${flag} without copr-project`,
      says: /copr-project too/
    }))
  ]
}

interface GrammarCase {
  phase: PhaseName
  flag: string
  value: string
  what: string
  /** The flag named, when not `flag` itself. */
  names?: string
  /** Good inputs the bad one needs to be read at all ('' leaves a good input out). */
  extra?: Record<string, string>
  /** More the message must say. */
  says?: RegExp
}

/** Manifests that are files of the right form but not this release's: their contents, by path. */
export interface ManifestFiles {
  /** bpfman/bpfman v0.5.0's manifest. */
  foreign: string
  /** A manifest of schema 1. */
  oldSchema: string
  /** This release's manifest, padded past 1 MB. */
  oversized: string
}

const HEADER = { repository: 'bpfman/bpfman', prerelease: false, base: 'main' }

/** What the files of `ManifestFiles` hold. */
export function manifestContents(): ManifestFiles {
  return {
    foreign: JSON.stringify({ schema: 2, ...HEADER, version: '0.5.0', tag: 'v0.5.0' }),
    oldSchema: JSON.stringify({ schema: 1, ...HEADER, version: '0.6.1', tag: 'v0.6.1' }),
    oversized: JSON.stringify({
      schema: 2,
      ...HEADER,
      version: '0.6.1',
      tag: 'v0.6.1',
      previousTag: null,
      padding: ' '.repeat(1024 * 1024)
    })
  }
}

/**
 * The corpus over a checkout at `repo` (with `file`, a file that is no JSON,
 * `outside`, a folder that is no repository, and manifests of the wrong release).
 */
export function badInputCorpus(
  paths: { repo: string; file: string; outside: string } & { manifests: ManifestFiles }
): BadInput[] {
  const cases: BadInput[] = []
  const add = (
    phase: PhaseName,
    flag: string,
    value: string,
    what: string,
    names = flag,
    says?: RegExp,
    extra: Record<string, string> = {}
  ): void => {
    const command = COMMANDS[phase]
    const good = { ...goodInputs(phase, paths.repo), ...extra }
    const input = inputOf(command, flag)
    const inputs = Object.fromEntries(
      Object.entries({ ...good, [input]: value }).filter(
        ([name, text]) => text !== '' || name === input
      )
    )
    const argv = Object.entries(inputs).flatMap(([name, text]) => {
      const cliFlag =
        Object.entries({ ...COMMON_FLAGS, ...MANIFEST_FLAG, ...command.flags }).find(
          ([key, spec]) => (spec.input ?? key) === name
        )?.[0] ?? name
      return text === 'true' && cliFlag === 'no-push' ? [`--${cliFlag}`] : [`--${cliFlag}`, text]
    })
    cases.push({ entry: 'cli', phase, what, argv, inputs, names: `--${names}`, says })
    const actionName = inputOf(command, names)
    cases.push({ entry: 'action', phase, what, argv, inputs, names: actionName, says })
  }
  for (const phase of Object.keys(COMMANDS) as PhaseName[]) {
    for (const flag of stringFlags(COMMANDS[phase])) {
      for (const [what, value, says] of UNTAKEABLE)
        add(phase, flag, value, `${flag}: ${what}`, flag, says)
    }
  }
  for (const grammar of grammarCases(paths.repo, paths.file, paths.outside, paths.manifests)) {
    if (!stringFlags(COMMANDS[grammar.phase]).includes(grammar.flag) && grammar.flag !== 'manifest')
      continue
    if (
      grammar.flag === 'manifest' &&
      !COMMANDS[grammar.phase].flags.manifest &&
      !MANIFEST_FLAG.manifest
    )
      continue
    add(
      grammar.phase,
      grammar.flag,
      grammar.value,
      grammar.what,
      grammar.names ?? grammar.flag,
      grammar.says,
      grammar.extra
    )
  }
  return cases
}
