import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Layers only point down: pages and routes call services, services call the domain and the db,
 * and nothing below imports from above. The rules are a pure function over (file, specifier)
 * pairs, so the test can show each one failing before it trusts the scan of src/.
 */
type Import = { file: string; specifier: string };

/** The only npm packages the pure domain may use; each is itself free of I/O. */
const DOMAIN_PACKAGES = ['fuse.js'];
const CALLERS = ['src/routes', 'src/pages', 'src/console'];

function within(path: string, folder: string): boolean {
  return path === folder || path.startsWith(`${folder}/`);
}

/** The repository path a relative specifier points at (without extension), or null for a package. */
function target({ file, specifier }: Import): string | null {
  return specifier.startsWith('.') ? posix.normalize(posix.join(posix.dirname(file), specifier)) : null;
}

function violation(entry: Import): string | null {
  const to = target(entry);
  const { file, specifier } = entry;
  const below = ['src/services', 'src/domain', 'src/db'].some((layer) => within(file, layer));
  if (below && to && CALLERS.some((caller) => within(to, caller)))
    return `${file} imports ${specifier}: nothing below the routes imports them`;
  if (within(file, 'src/db') && to && within(to, 'src/services')) return `${file} imports ${specifier}: the db does not import services`;
  if (CALLERS.some((caller) => within(file, caller))) {
    if (to !== null && within(to, 'src/db')) return `${file} imports ${specifier}: routes and pages reach the data only through services`;
    if (to === null && specifier.startsWith('drizzle-orm')) return `${file} imports ${specifier}: routes and pages write no queries`;
    const service = to !== null && within(to, 'src/services') ? to.split('/') : null;
    if (service && service.length !== 3)
      return `${file} imports ${specifier}: routes and pages call a service only through its folder's index`;
  }
  if (within(file, 'src/domain')) {
    if (to === null && !DOMAIN_PACKAGES.includes(specifier))
      return `${file} imports ${specifier}: the domain uses no package but ${DOMAIN_PACKAGES.join(', ')}`;
    if (to !== null && !within(to, 'src/domain') && to !== 'src/config')
      return `${file} imports ${specifier}: the domain imports only itself and config`;
  }
  return null;
}

function layerViolations(imports: readonly Import[]): string[] {
  return imports.map(violation).filter((found) => found !== null);
}

const SPECIFIER = /(?:\bfrom\s+|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

function importsOf(file: string): Import[] {
  return [...readFileSync(file, 'utf8').matchAll(SPECIFIER)].map((match) => ({ file, specifier: match[1]! }));
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name).replaceAll('\\', '/');
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('layer rules', () => {
  it('refuses a service, the domain or the db importing routes or pages', () => {
    expect(
      layerViolations([
        { file: 'src/services/placements/placements.ts', specifier: '../../routes/placements/placements.schemas' },
        { file: 'src/domain/types.ts', specifier: '../pages/layout' },
        { file: 'src/db/schema/users.ts', specifier: '../../console/menu' },
      ]),
    ).toHaveLength(3);
  });

  it('keeps routes and pages to the verbs a service folder names, away from its internals and the db', () => {
    expect(
      layerViolations([
        { file: 'src/console/router.tsx', specifier: '../services/placements/records' },
        { file: 'src/console/session.ts', specifier: '../db/schema' },
        { file: 'src/routes/hosts/hosts.index.ts', specifier: 'drizzle-orm' },
      ]),
    ).toHaveLength(3);
    expect(layerViolations([{ file: 'src/console/router.tsx', specifier: '../services/placements' }])).toEqual([]);
  });

  it('refuses the db importing services', () => {
    expect(layerViolations([{ file: 'src/db/schema/catalog.ts', specifier: '../../services/catalog' }])).toHaveLength(1);
  });

  it('lets the domain import itself, config and its pure packages, and nothing else', () => {
    expect(
      layerViolations([
        { file: 'src/domain/matching/match.ts', specifier: '../types' },
        { file: 'src/domain/matching/match.ts', specifier: '../../config' },
        { file: 'src/domain/text/fuzzy-index.ts', specifier: 'fuse.js' },
      ]),
    ).toEqual([]);
    expect(
      layerViolations([
        { file: 'src/domain/catalog/opportunity-rules.ts', specifier: '../../lib/problem' },
        { file: 'src/domain/dates.ts', specifier: 'drizzle-orm' },
        { file: 'src/domain/dates.ts', specifier: 'node:fs' },
      ]),
    ).toHaveLength(3);
  });

  it('lets routes call services and services call the domain and the db', () => {
    expect(
      layerViolations([
        { file: 'src/routes/hosts/hosts.index.ts', specifier: '../../services/hosts' },
        { file: 'src/services/hosts/hosts.ts', specifier: '../../db/schema' },
        { file: 'src/services/hosts/hosts.ts', specifier: '../../domain/types' },
        { file: 'src/db/schema/users.ts', specifier: '../../domain/roles' },
      ]),
    ).toEqual([]);
  });
});

describe('src/', () => {
  it('holds to the layer rules in every file', () => {
    const imports = sourceFiles('src').flatMap(importsOf);
    expect(imports.length).toBeGreaterThan(100);
    expect(layerViolations(imports)).toEqual([]);
  });
});
