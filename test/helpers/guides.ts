import { readFileSync } from 'node:fs';
import path from 'node:path';

import { REPOSITORY_ROOT } from './packedPlugin.js';

export const GUIDES_DIRECTORY = path.join(REPOSITORY_ROOT, 'docs', 'guides');

// `<!-- file: .gitlab-ci.yml -->` names the file that the next code block
// shows, so that the tests run exactly what a guide tells users to write.
const FILE_MARKER = /^<!-- file: (\S+) -->$/u;

/** The guide's code blocks that carry a file marker, by file name. */
export function getGuideFiles(guide: string): Map<string, string> {
  const lines = readFileSync(path.join(GUIDES_DIRECTORY, guide), 'utf8').split(
    '\n',
  );
  const files = new Map<string, string>();
  lines.forEach((line, index) => {
    const name = FILE_MARKER.exec(line)?.[1];
    if (name === undefined) {
      return;
    }

    const open = lines.findIndex(
      (candidate, at) => at > index && candidate.startsWith('```'),
    );
    const close = lines.indexOf('```', open + 1);
    if (open === -1 || close === -1) {
      throw new Error(`${guide}: no code block after the marker for ${name}`);
    }
    files.set(name, `${lines.slice(open + 1, close).join('\n')}\n`);
  });
  return files;
}

/** One marked file of a guide; throws when the guide does not show it. */
export function getGuideFile(guide: string, file: string): string {
  const text = getGuideFiles(guide).get(file);
  if (text === undefined) {
    throw new Error(`${guide} shows no file ${file}`);
  }
  return text;
}
