// Chrome checks an organisation's policy against public/managed-schema.json and refuses a schema
// that breaks its rules: the top level is an object, and every property has a "type" (or "$ref").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POLICY_FIELDS } from '../../lib/settings/policy';

const schema = JSON.parse(readFileSync(join(process.cwd(), 'public/managed-schema.json'), 'utf8'));

function untyped(node: Record<string, unknown>, path: string): string[] {
  const out: string[] = [];
  if (!('type' in node) && !('$ref' in node)) out.push(path);
  const props = (node.properties ?? {}) as Record<string, Record<string, unknown>>;
  for (const [k, v] of Object.entries(props)) out.push(...untyped(v, `${path}.${k}`));
  if (node.items) out.push(...untyped(node.items as Record<string, unknown>, `${path}[]`));
  return out;
}

describe('the managed-storage schema', () => {
  it('has an object at the top level', () => {
    expect(schema.type).toBe('object');
  });
  it('gives every property, at every depth, a type or a $ref', () => {
    expect(untyped(schema, '(schema)')).toEqual([]);
  });
  it('describes every policy setting the extension reads, and no other', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(POLICY_FIELDS).sort());
  });
});
