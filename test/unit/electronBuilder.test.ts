// electron-builder.yml is valid against electron-builder's own JSON schema and keeps the
// settings the app depends on (native module unpacked, no rebuild, the four targets).
import fs from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const config = parse(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown> & {
  asarUnpack: string[];
  files: string[];
  directories: { output: string };
  win: { target: ({ target: string } | string)[] };
  nsis: Record<string, unknown>;
  linux: { target: ({ target: string } | string)[]; category: string };
  mac: { target: ({ target: string } | string)[]; category: string };
};
const targetNames = (targets: ({ target: string } | string)[]) => targets.map((t) => (typeof t === 'string' ? t : t.target));

describe('electron-builder.yml', () => {
  it('validates against app-builder-lib/scheme.json', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8')) as Record<string, unknown>;
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const valid = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('identifies the app', () => {
    expect(config.appId).toBe('se.protokollet.app');
    expect(config.productName).toBe('Protokollet');
    expect(config.directories.output).toBe('release');
  });

  it('ships the bundles and the renderer, not the sources', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/**/*', 'dist/renderer/**/*', 'package.json']));
    for (const pattern of config.files) expect(pattern).not.toMatch(/^(electron|shared|renderer|test)\//);
  });

  it('unpacks better-sqlite3 and does not rebuild native modules', () => {
    expect(config.asarUnpack.some((pattern) => pattern.includes('better-sqlite3'))).toBe(true);
    expect(config.npmRebuild).toBe(false);
    expect(config.nodeGypRebuild).toBe(false);
  });

  it('builds NSIS for Windows (per user, with a choice of folder), AppImage and deb for Linux, dmg for macOS', () => {
    expect(targetNames(config.win.target)).toContain('nsis');
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true });
    expect(targetNames(config.linux.target)).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.linux.category).toBe('Office');
    expect(targetNames(config.mac.target)).toContain('dmg');
    expect(config.mac.category).toBe('public.app-category.productivity');
  });

  it('has a 512 × 512 PNG icon under 100 KB', () => {
    const icon = fs.readFileSync(path.join(root, 'resources', 'icons', 'icon.png'));
    expect(icon.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(icon.readUInt32BE(16)).toBe(512);
    expect(icon.readUInt32BE(20)).toBe(512);
    expect(icon.length).toBeLessThan(100 * 1024);
  });
});
