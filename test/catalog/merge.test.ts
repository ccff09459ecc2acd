import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load.js';
import { OVERRIDE_SOURCE, mergeCatalog, overrideProblems } from '../../src/catalog/merge.js';

const base = loadCatalog();

describe('mergeCatalog', () => {
  it('returns the base catalog unchanged without overrides', () => {
    expect(mergeCatalog(base, undefined)).toBe(base);
    expect(mergeCatalog(base, { platforms: {} })).toBe(base);
  });

  it('re-prices a model, adds a model and a region, keeps every other fact', () => {
    const merged = mergeCatalog(base, {
      platforms: {
        'aws-bedrock': {
          regions: { apac: 'available', me: 'limited' },
          models: {
            'claude-haiku-4-5': { inputPer1M: 0.8, asOf: '2026-11-01', source: 'negotiated rate card' },
            'my-tuned-model': { inputPer1M: 2, outputPer1M: 6 },
          },
        },
      },
    });
    const aws = merged['aws-bedrock']!;
    expect(aws.models['claude-haiku-4-5']).toEqual({
      name: 'Claude Haiku 4.5',
      family: 'anthropic',
      tier: 'small',
      inputPer1M: 0.8,
      outputPer1M: 5,
      asOf: '2026-11-01',
      source: 'negotiated rate card',
    });
    expect(aws.models['my-tuned-model']).toEqual({ name: 'my-tuned-model', family: 'other', inputPer1M: 2, outputPer1M: 6, asOf: '', source: OVERRIDE_SOURCE });
    expect(aws.regions).toEqual({ us: 'available', eu: 'available', uk: 'available', apac: 'available', me: 'limited' });
    expect(aws.models['claude-sonnet-4-5']).toBe(base['aws-bedrock']!.models['claude-sonnet-4-5']);
    expect(aws.certifications).toEqual(base['aws-bedrock']!.certifications);
    // The shipped catalog itself is untouched.
    expect(base['aws-bedrock']!.models['claude-haiku-4-5']!.inputPer1M).toBe(1);
    expect(merged['azure-openai']).toBe(base['azure-openai']);
  });

  it('a re-price without a date loses the catalog date instead of borrowing it', () => {
    const merged = mergeCatalog(base, { platforms: { 'azure-openai': { models: { 'gpt-4o': { outputPer1M: 8 } } } } });
    expect(merged['azure-openai']!.models['gpt-4o']).toMatchObject({ inputPer1M: 2.5, outputPer1M: 8, asOf: '', source: OVERRIDE_SOURCE });
  });

  it('adds a whole new platform and unions proprietary features', () => {
    const merged = mergeCatalog(base, {
      platforms: {
        'on-prem-vllm': {
          label: 'On-prem vLLM',
          provider: 'self-hosted',
          certifications: { HIPAA: 'yes' },
          regions: { us: 'available' },
          models: {
            'llama-3-3-70b-instruct': {
              name: 'Llama 3.3 70B',
              family: 'open-weights',
              inputPer1M: 0.4,
              outputPer1M: 0.4,
              asOf: '2026-10-01',
              source: 'GPU amortization',
            },
          },
        },
        'google-vertex': { proprietary: ['Vertex AI Search', 'Model Garden'] },
      },
    });
    expect(Object.keys(merged)).toEqual(['aws-bedrock', 'azure-openai', 'google-vertex', 'on-prem-vllm']);
    expect(merged['on-prem-vllm']).toMatchObject({ id: 'on-prem-vllm', label: 'On-prem vLLM', provider: 'self-hosted', features: {}, proprietary: [] });
    expect(merged['google-vertex']!.proprietary).toEqual(['Vertex AI Agents', 'Vertex AI Search', 'Model Garden']);
  });

  it('reports overrides that cannot take effect', () => {
    const override = {
      platforms: { 'new-one': { models: { half: { inputPer1M: 1 } } }, 'aws-bedrock': { models: { 'claude-haiku-4-5': { outputPer1M: 4 } } } },
    };
    expect(overrideProblems(base, override)).toEqual([
      { path: '/catalog/platforms/new-one', message: 'new platform "new-one" needs a label' },
      { path: '/catalog/platforms/new-one/models/half', message: 'new model "half" needs inputPer1M and outputPer1M' },
    ]);
    expect(mergeCatalog(base, override)['new-one']!.models).toEqual({});
  });
});
