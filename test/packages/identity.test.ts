// Package identity (issue 20, item 1): with no options, every package file takes neutral names
// derived from the schema (its title, else its file name), never the canonical schema's OpenAI
// names; the identity options (packageName, packageVersion, description, license, repository)
// reach pyproject.toml, the .csproj, pom.xml and package.json, and a bad value is an OptionsError.

import { describe, expect, it } from 'vitest';
import { OptionsError, modelFromText, renderModel } from '../../generator/index.js';
import { TARGETS } from '../../generator/targets/index.js';
import { CANONICAL_OPTIONS } from '../helpers/cases.js';

const TITLED = JSON.stringify({ title: 'Acme Billing API', $defs: { Invoice: { type: 'object', properties: { id: { type: 'string' } } } } });
const UNTITLED = JSON.stringify({ $defs: { Invoice: { type: 'object', properties: { id: { type: 'string' } } } } });

function render(text: string, source: string, options: Record<string, Record<string, string>> = {}): Map<string, string> {
  const targets = ['typescript', 'python', 'csharp', 'java'];
  const all = Object.fromEntries(targets.map((t) => [t, { ...TARGETS[t]!.defaults, ...options[t] }]));
  return renderModel(modelFromText(text, source), { targets, options: all, templates: null });
}

describe('package identity', () => {
  it('derives every default from the schema title, with no OpenAI name anywhere', () => {
    const files = render(TITLED, 'billing.schema.json');
    const paths = [...files.keys()];
    expect(paths).toContain('python/acme_billing_api/models/invoice.py');
    expect(paths).toContain('csharp/AcmeBillingApi.Models.csproj');
    expect(paths).toContain('java/src/main/java/acmebillingapi/models/Invoice.java');
    expect(paths).toContain('java/src/main/java/acmebillingapi/core/JsonValue.java');
    expect(JSON.parse(files.get('typescript/package.json')!)).toMatchObject({ name: 'acme-billing-api', version: '1.0.0', description: 'Acme Billing API' });
    expect(files.get('python/pyproject.toml')).toContain('name = "acme-billing-api"');
    expect(files.get('java/pom.xml')).toContain('<groupId>acmebillingapi</groupId>\n  <artifactId>acme-billing-api</artifactId>\n  <version>1.0.0</version>');
    const project = [...files].filter(([p]) => /(package\.json|pyproject\.toml|\.csproj|pom\.xml)$/.test(p));
    for (const [path, text] of project) expect(text, path).not.toMatch(/openai|OpenAI\.Realtime/i);
  });

  it('derives them from the file name when the schema has no title', () => {
    const files = render(UNTITLED, 'specs/order-events.schema.yaml');
    expect(files.has('python/order_events/__init__.py')).toBe(true);
    expect(files.has('csharp/OrderEvents.Models.csproj')).toBe(true);
    expect(JSON.parse(files.get('typescript/package.json')!).name).toBe('order-events');
  });

  it('keeps a derived name valid: a standard module, a keyword or a digit first gets a safe form', () => {
    const files = render(JSON.stringify({ title: 'JSON', type: 'string' }), 'x.json');
    expect([...files.keys()].some((p) => p.startsWith('python/json_models/'))).toBe(true);
    const digits = render(JSON.stringify({ title: '2024 events', type: 'string' }), 'x.json');
    expect([...digits.keys()]).toContain('csharp/Schema2024Events.Models.csproj');
    expect([...digits.keys()].some((p) => p.startsWith('java/src/main/java/schema2024events/models/'))).toBe(true);
  });

  it('puts the identity options into each package file', () => {
    const identity = { packageVersion: '2.3.4', description: 'Billing models', license: 'Apache-2.0', repository: 'https://example.com/acme/billing' };
    const files = render(TITLED, 'billing.json', {
      typescript: { ...identity, packageName: '@acme/billing' },
      python: { ...identity, packageName: 'acme-billing', package: 'acme.billing' },
      csharp: { ...identity, packageName: 'Acme.Billing.Models', namespace: 'Acme.Billing' },
      java: { ...identity, packageName: 'billing-models', groupId: 'com.acme', package: 'com.acme.billing' },
    });
    expect(JSON.parse(files.get('typescript/package.json')!)).toMatchObject({
      name: '@acme/billing',
      version: '2.3.4',
      description: 'Billing models',
      license: 'Apache-2.0',
      repository: { type: 'git', url: 'https://example.com/acme/billing' },
    });
    const toml = files.get('python/pyproject.toml')!;
    for (const line of ['name = "acme-billing"', 'version = "2.3.4"', 'description = "Billing models"', 'license = {text = "Apache-2.0"}', 'Repository = "https://example.com/acme/billing"'])
      expect(toml).toContain(line);
    const csproj = files.get('csharp/Acme.Billing.csproj')!;
    for (const line of ['<PackageId>Acme.Billing.Models</PackageId>', '<Version>2.3.4</Version>', '<PackageLicenseExpression>Apache-2.0</PackageLicenseExpression>', '<RepositoryUrl>https://example.com/acme/billing</RepositoryUrl>'])
      expect(csproj).toContain(line);
    const pom = files.get('java/pom.xml')!;
    for (const line of ['<groupId>com.acme</groupId>', '<artifactId>billing-models</artifactId>', '<version>2.3.4</version>', '<name>Apache-2.0</name>', '<url>https://example.com/acme/billing</url>'])
      expect(pom).toContain(line);
    // The runtime package defaults to the models' parent: com.acme.core beside com.acme.billing.
    expect(files.has('java/src/main/java/com/acme/core/JsonValue.java')).toBe(true);
  });

  it('escapes what MSBuild would expand in the .csproj', () => {
    const csproj = render(TITLED, 'b.json', { csharp: { description: 'costs $(Price); 100% <net>' } }).get('csharp/AcmeBillingApi.Models.csproj')!;
    expect(csproj).toContain('<Description>costs %24(Price)%3B 100%25 &lt;net&gt;</Description>');
  });

  it.each([
    ['typescript', 'packageName', 'Not An Npm Name'],
    ['typescript', 'packageVersion', '1.0'],
    ['python', 'packageName', '-bad-'],
    ['csharp', 'packageVersion', 'latest'],
    ['java', 'packageName', 'has space'],
    ['java', 'license', 'MIT; rm -rf /'],
    ['csharp', 'repository', 'not a url'],
    ['python', 'description', 'two\nlines'],
  ])('refuses %s.%s=%j with an OptionsError naming the option', (target, key, value) => {
    expect(() => render(TITLED, 'b.json', { [target]: { [key]: value } })).toThrow(OptionsError);
    expect(() => render(TITLED, 'b.json', { [target]: { [key]: value } })).toThrow(`${target}.${key}`);
  });

  it('the canonical config sets the OpenAI identity explicitly (generated/ keeps its names)', () => {
    expect(CANONICAL_OPTIONS).toMatchObject({
      python: { package: 'openapiopenai' },
      csharp: { namespace: 'OpenAI.Realtime' },
      java: { package: 'com.openai.models.realtime', runtimePackage: 'com.openai' },
    });
  });
});
