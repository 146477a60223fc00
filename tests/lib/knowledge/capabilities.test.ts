import { describe, expect, test } from 'vitest';
import { classify, isClassifyError } from '../../../lib/classify-model';
import {
  FAMILY_CAPABILITIES,
  NAME_CAPABILITIES,
  TEMPLATE_THINKING,
  TEMPLATE_TOOLS,
} from '../../../lib/knowledge/capabilities';
import type { Facts } from '../../../lib/facts/schema';

// Capabilities from the name and family knowledge alone (no Hub data): each from a row with its source.

function named(id: string): Facts {
  const result = classify(id);
  if (isClassifyError(result)) throw new Error(result.error);
  return result;
}

describe('capabilities from the name', () => {
  test.each([
    ['Qwen/Qwen3-4B-Thinking-2507', 'reasoning,tools'],
    ['Qwen/Qwen3-8B', 'reasoning,tools'],
    ['Qwen/Qwen3-30B-A3B', 'reasoning,tools'],
    ['Qwen/Qwen3-4B-Instruct-2507', 'tools'],
    ['Qwen/Qwen3-Embedding-8B', ''],
    ['Qwen/Qwen2.5-7B-Instruct', ''],
    ['deepseek-ai/DeepSeek-R1', 'reasoning'],
    ['deepseek-ai/DeepSeek-R1-Distill-Qwen-7B', 'reasoning'],
    ['deepseek-ai/DeepSeek-R1-Distill-Llama-8B', 'reasoning'],
    ['deepseek-ai/DeepSeek-V3.1', 'reasoning,tools'],
    ['deepseek-ai/DeepSeek-V3', ''],
    ['Qwen/QwQ-32B', 'reasoning'],
    ['microsoft/Phi-4-reasoning', 'reasoning'],
    ['mistralai/Magistral-Small-2506', 'reasoning'],
    ['openai/gpt-oss-20b', 'reasoning,tools'],
    ['meta-llama/Llama-3.1-8B-Instruct', 'tools'],
    ['meta-llama/Llama-3.3-70B-Instruct', 'tools'],
    ['meta-llama/Llama-Guard-3-8B', ''],
    ['meta-llama/Llama-2-7b-chat-hf', ''],
    ['Qwen/Qwen2-VL-7B-Instruct', 'vision'],
    ['llava-hf/llava-1.5-7b-hf', 'vision'],
    ['Qwen/Qwen2.5-Omni-7B', 'vision,audio'],
    ['mistralai/Mistral-7B-Instruct-v0.3', ''],
    ['sentence-transformers/all-MiniLM-L6-v2', ''],
    ['openai/whisper-large-v3', ''],
  ])('%s → [%s]', (id, expected) => {
    const facts = named(id);
    expect(facts.capabilities.join(',')).toBe(expected);
    // Every capability has evidence; none without.
    const evidence = facts.evidence.filter((item) => item.field === 'capabilities');
    expect(evidence.length >= facts.capabilities.length).toBe(true);
    if (facts.capabilities.length === 0) expect(evidence).toEqual([]);
  });
});

describe('the tables', () => {
  test('every row names its source', () => {
    for (const rule of NAME_CAPABILITIES) expect(rule.source.length).toBeGreaterThan(10);
    for (const rule of FAMILY_CAPABILITIES) expect(rule.card.length).toBeGreaterThan(10);
  });

  test.each([
    ['{%- if tools %}# Tools<tools>{% endif %}', true, false],
    ['{{ message.tool_calls }}', true, false],
    ['{%- if enable_thinking is defined and enable_thinking is false %}<think>\n\n</think>{% endif %}', false, true],
    ["{{'<｜Assistant｜><think>\\n'}}", false, true],
    ["{% for message in messages %}{{'<|im_start|>' + message['role'] + '<|im_end|>'}}{% endfor %}", false, false],
    ['{# toolsmith #}', false, false],
  ])('template %j: tools %s, thinking %s', (template, tools, thinking) => {
    expect(TEMPLATE_TOOLS.test(template)).toBe(tools);
    expect(TEMPLATE_THINKING.test(template)).toBe(thinking);
  });
});
