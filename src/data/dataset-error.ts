/**
 * Why the dataset could not be built: every problem found in one pass, each naming the file,
 * the entry in it and the reason, so a curator can fix them all at once.
 */
import * as v from 'valibot';

export interface Problem {
  /** The file to fix, relative to the project: "seeds/000_a82303e51bffeff7.annotations.json". */
  file: string;
  /** Which entry: `evidence "thewliss-legal-exemption"`, `stakeholders[2]`, `line 11`. */
  entry: string;
  reason: string;
}

export class DatasetError extends Error {
  override readonly name = 'DatasetError';

  constructor(readonly problems: readonly Problem[]) {
    super(`the dataset cannot be built (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` + problems.map(formatProblem).join('\n'));
  }
}

export function formatProblem({ file, entry, reason }: Problem): string {
  return `  ${file} › ${entry}: ${reason}`;
}

/** Throws every problem at once, if there is any. */
export function throwIfAny(problems: readonly Problem[]): void {
  if (problems.length) throw new DatasetError(problems);
}

/** Parses a JSON file and validates it, or throws a DatasetError naming each bad entry. */
export function parseJsonFile<const S extends v.GenericSchema>(file: string, content: string, schema: S): v.InferOutput<S> {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    throw new DatasetError([{ file, entry: '(whole file)', reason: `not valid JSON: ${(error as Error).message}` }]);
  }
  const result = v.safeParse(schema, json);
  if (result.success) return result.output;
  throw new DatasetError(result.issues.map((issue) => ({ file, entry: entryOf(json, issue.path ?? []), reason: reasonOf(issue) })));
}

type PathItem = NonNullable<v.GenericIssue['path']>[number];

/** `evidence "thewliss-legal-exemption"` when the entry has an id, else `evidence[3]`. */
function entryOf(json: unknown, path: readonly PathItem[]): string {
  let entry = '(top level)';
  let node = json;
  for (const item of path.slice(0, -1)) {
    node = (node as Record<PropertyKey, unknown> | undefined)?.[item.key as PropertyKey];
    const id = (node as { id?: unknown } | undefined)?.id;
    if (typeof item.key === 'number') entry = typeof id === 'string' ? `${entry} "${id}"` : `${entry}[${item.key}]`;
    else entry = entry === '(top level)' ? String(item.key) : `${entry}.${String(item.key)}`;
  }
  return entry;
}

function reasonOf(issue: v.GenericIssue): string {
  const field = issue.path?.at(-1)?.key;
  const name = typeof field === 'number' ? `item ${field}` : `"${String(field)}"`;
  if (field === undefined) return issue.message;
  if (issue.received === 'undefined') return `missing field ${name}`;
  if (issue.type === 'strict_object' && issue.expected === 'never') return `unknown field ${name}`;
  // Custom messages (set in the schemas) already read as a sentence about the value.
  if (!issue.message.startsWith('Invalid ')) return `${name} ${issue.message}`;
  return `${name} should be ${issue.expected ?? 'valid'}, not ${issue.received}`;
}
