// English for the Burmese prose and cells of the domain reference (docs/ai-model-suffixes.md), and Burmese for its
// English headings and table heads, so the guide page reads whole in either language. Keyed by the reference's own
// text: scripts/guide/generate.ts fails when the reference gains a Burmese line that has no English here.

/** Burmese text of the reference → English. */
export const ENGLISH: Readonly<Record<string, string>> = {
  'AI Models တွေကို အဓိက **အမျိုးအစား ၅ မျိုး** ခွဲနိုင်ပါတယ်။': 'AI models fall into **five main categories**.',
  'Model name ရဲ့ **suffix** (နောက်ဆက်) ကို ကြည့်ရုံနဲ့ model ရဲ့ training stage, purpose, quantization level ကို ခွဲခြားနိုင်ပါတယ်။':
    'The **suffix** of a model name (the words at its end) tells you its training stage, purpose and quantization level at a glance.',
  'Model ကို ဘယ် training stage အထိ လုပ်ထားလဲ ပြတဲ့ suffixes:': 'Suffixes that show how far the model was trained:',
  အဓိပ္ပာယ်: 'Meaning',
  ရှင်းလင်းချက်: 'Explanation',
  ဥပမာ: 'Example',
  '**(suffix မရှိ)**': '**(no suffix)**',
  'Raw pretrained model, next-token prediction သာ train ထား':
    'Raw pretrained model, trained on next-token prediction only',
  'Pretrained model ဖြစ်ကြောင်း explicitly ပြထား': 'Says explicitly that it is the pretrained model',
  'Instruction following အတွက် fine-tune ထားပြီး': 'Fine-tuned to follow instructions',
  'Multi-turn chat conversation အတွက် optimize ထား': 'Optimized for multi-turn chat',
  '`-Instruct` ရဲ့ အတိုကောက် (Google models)': 'Short for `-Instruct` (Google models)',
  'HF Transformers library နဲ့ compatible format': 'A format the HF Transformers library loads',
  'Model ကို alignment / safety training ဘယ်လောက်ထိ လုပ်ထားလဲ ပြတဲ့ suffixes:':
    'Suffixes that show the alignment / safety training the model had:',
  'Human preference data နဲ့ align ထား': 'Aligned with human preference data',
  'RLHF ရဲ့ simpler alternative နဲ့ align ထား': 'Aligned with a simpler alternative to RLHF',
  'SFT + alignment ကို single stage မှာ လုပ်': 'SFT and alignment in a single stage',
  'Unpaired preference data နဲ့ align ထား': 'Aligned with unpaired preference data',
  'Classic RL algorithm နဲ့ align ထား': 'Aligned with a classic RL algorithm',
  'ဘယ် fine-tuning method သုံးထားလဲ ပြတဲ့ suffixes:': 'Suffixes that show the fine-tuning method:',
  'Labeled data နဲ့ supervised train ထား': 'Supervised training on labeled data',
  'LoRA fine-tune ထားတဲ့ adapter weights': 'Adapter weights from a LoRA fine-tune',
  'LoRA adapter ကို base model ထဲ merge ထားပြီး': 'A LoRA adapter merged into its base model',
  'Full fine-tuning လုပ်ထားတဲ့ model': 'A fully fine-tuned model',
  'Adapter weights သီးသန့် (base model မပါ)': 'Adapter weights only (no base model)',
  'Model ရဲ့ precision / quantization level ပြတဲ့ suffixes:':
    "Suffixes that show the model's precision / quantization level:",
  'GGUF files တွေမှာ quantization level ကို filename မှာ ပြပါတယ်:':
    'GGUF files show their quantization level in the file name:',
  'အသုံးပြုသင့်တဲ့ အခြေအနေ': 'When to use it',
  'Memory အရမ်းနည်းတဲ့အခါ': 'When memory is very short',
  '**အသုံးအများဆုံး (recommended)**': '**Most used (recommended)**',
  'Quality ဦးစားပေးရင်': 'When quality comes first',
  'Model parameter count ပြတဲ့ suffixes:': "Suffixes that show the model's parameter count:",
  'Code generation အတွက် specialized': 'Specialized for code generation',
  'Math reasoning အတွက်': 'For math reasoning',
  'Safety filters ဖြုတ်ထား': 'Safety filters removed',
  'Refusal behavior ဖယ်ရှားထား': 'Refusal behavior removed',
  ထူးခြားချက်: 'Notable',
  'အကျယ်ပြန့်ဆုံး open-source LLM': 'The most widely used open-source LLM',
  'Video understanding ပါ': 'Understands video too',
  'Axolotl ဟာ **Hugging Face Transformers** library ပေါ်မှာ အခြေခံထားတဲ့အတွက်, Transformers compatible ဖြစ်တဲ့ **causal LLM** (decoder-only) models အားလုံးကို train လို့ရပါတယ်။':
    'Axolotl is built on the **Hugging Face Transformers** library, so it can train every Transformers-compatible **causal LLM** (decoder-only).',
  'Axolotl မှာ Vision-Language Models တချို့ကို train လို့ ရပါတယ် (experimental/growing support):':
    'Axolotl can train some vision-language models (experimental, growing support):',
  မှတ်ချက်: 'Note',
  'အခက်အခဲရှိ (QLoRA ကို base model နဲ့ သုံးပါ)': 'Difficult (use QLoRA on the base model)',
  'ရွေးချယ်ရမယ့် Model': 'Model to choose',
  အကြောင်းပြချက်: 'Why',
  'Custom chat style ဖန်တီးချင်ရင်': 'You want your own chat style',
  'Instruct training ရဲ့ bias မရှိ': 'No bias from instruct training',
  'Domain-specific knowledge ထည့်ချင်ရင်': 'You want to add domain knowledge',
  'Existing chat format ကို ပြင်ချင်ရင်': 'You want to adjust an existing chat format',
  'Chat capability ရှိပြီးသား': 'It can already chat',
  'Task-specific fine-tune ချင်ရင်': 'You want a task-specific fine-tune',
  'Instruction following ability ရှိပြီးသား': 'It already follows instructions',
  'DPO/RLHF alignment လုပ်ချင်ရင်': 'You want DPO/RLHF alignment',
  'SFT ပြီးသား model ကို align': 'Align a model that already had SFT',
  'Fine-tune ပြီးတဲ့ model ကို serve/deploy လုပ်ဖို့:': 'To serve or deploy a fine-tuned model:',
  '💡 **Tip:** Axolotl နဲ့ train ပြီးတဲ့ LoRA adapter ကို base model ထဲ merge လုပ်ပြီး →  ကြိုက်တဲ့ format (GGUF, AWQ, GPTQ, EXL2) ကို convert လုပ်ပြီး deploy လုပ်နိုင်ပါတယ်။':
    '💡 **Tip:** merge the LoRA adapter you trained with Axolotl into its base model, → convert it to the format you like (GGUF, AWQ, GPTQ, EXL2) and deploy it.',
  'ဘာ Task အတွက်လဲ?': 'What is the task?',
};

/** English table heads of the reference → Burmese (technical words stay English, as in the reference's prose). */
export const BURMESE_HEADS: Readonly<Record<string, string>> = {
  Category: 'အမျိုးအစား',
  Description: 'ဖော်ပြချက်',
  Examples: 'ဥပမာများ',
  Suffix: 'Suffix (နောက်ဆက်)',
  'Size Reduction': 'အရွယ် လျော့ပုံ',
  Quality: 'အရည်အသွေး',
  'Quant Type': 'Quant အမျိုးအစား',
  Bits: 'Bits',
  'Size (7B Model)': 'အရွယ် (7B model)',
  'Model Family': 'Model မိသားစု',
  Organization: 'အဖွဲ့အစည်း',
  Sizes: 'အရွယ်များ',
  License: 'လိုင်စင်',
  Model: 'Model',
  'LLM Backbone': 'အခြေခံ LLM (backbone)',
  'Vision Encoder': 'ပုံ ဖတ်တဲ့ encoder',
  Type: 'အမျိုးအစား',
  Models: 'Model များ',
  Task: 'လုပ်ငန်း',
  Dimensions: 'Dimension များ',
  'Max Tokens': 'Token အများဆုံး',
  'Model Architecture': 'Model architecture',
  'Axolotl Support Level': 'Axolotl ထောက်ပံ့မှု',
  Architecture: 'Architecture',
  'Support Status': 'ထောက်ပံ့မှု အခြေအနေ',
  'Model Type': 'Model အမျိုးအစား',
  Reason: 'အကြောင်းရင်း',
  Alternative: 'အစား သုံးရန်',
  Scenario: 'အခြေအနေ',
  Format: 'Format',
  'Trainable?': 'Train လို့ ရလား',
  'Load Method': 'Load လုပ်နည်း',
  Tool: 'Tool',
  'Format Required': 'လိုအပ်တဲ့ format',
  Speed: 'မြန်နှုန်း',
};

/**
 * Each heading of the reference (as written there, without its emoji and number) → the anchor of its section on the
 * guide page and its title in both languages. Evidence links point at these anchors (lib/knowledge/guide/anchors.ts).
 */
export const SECTIONS: Readonly<Record<string, { id: string; en: string; my: string }>> = {
  'Model အမျိုးအစားများ (Categories)': { id: 'categories', en: 'Model categories', my: 'Model အမျိုးအစားများ' },
  'Model Suffix ကြည့်ပြီး Type ခွဲခြားနည်း': {
    id: 'suffixes',
    en: 'Reading a model from its suffixes',
    my: 'Suffix ကြည့်ပြီး model အမျိုးအစား ခွဲခြားနည်း',
  },
  'Training Stage Suffixes': {
    id: 'stage',
    en: 'Training stage suffixes',
    my: 'Training stage (လေ့ကျင့်မှု အဆင့်) ပြတဲ့ suffix များ',
  },
  'Alignment / Safety Suffixes': {
    id: 'alignment',
    en: 'Alignment / safety suffixes',
    my: 'Alignment / safety ပြတဲ့ suffix များ',
  },
  'Fine-Tuning Method Suffixes': {
    id: 'finetune',
    en: 'Fine-tuning method suffixes',
    my: 'Fine-tuning နည်းလမ်း ပြတဲ့ suffix များ',
  },
  'Quantization Suffixes': {
    id: 'quantization',
    en: 'Quantization suffixes',
    my: 'Quantization (weight ချုံ့ခြင်း) ပြတဲ့ suffix များ',
  },
  'GGUF Quantization Levels': { id: 'gguf-levels', en: 'GGUF quantization levels', my: 'GGUF quantization အဆင့်များ' },
  'Model Size Suffixes': { id: 'size', en: 'Model size suffixes', my: 'Model အရွယ်အစား ပြတဲ့ suffix များ' },
  'Vision / Multimodal Suffixes': {
    id: 'vision',
    en: 'Vision / multimodal suffixes',
    my: 'Vision / multimodal ပြတဲ့ suffix များ',
  },
  'Special Purpose Suffixes': { id: 'purpose', en: 'Special purpose suffixes', my: 'အထူး ရည်ရွယ်ချက် ပြတဲ့ suffix များ' },
  'Version Suffixes': { id: 'version', en: 'Version suffixes', my: 'Version (ဗားရှင်း) ပြတဲ့ suffix များ' },
  'Model Name Anatomy - ဥပမာနဲ့ ခွဲခြမ်းစိတ်ဖြာခြင်း': {
    id: 'anatomy',
    en: 'Name anatomy, by example',
    my: 'Model name ကို ဥပမာနဲ့ ခွဲခြမ်းစိတ်ဖြာခြင်း',
  },
  'ဥပမာ ၁: `meta-llama/Llama-3.1-8B-Instruct`': {
    id: 'anatomy-1',
    en: 'Example 1: `meta-llama/Llama-3.1-8B-Instruct`',
    my: 'ဥပမာ ၁: `meta-llama/Llama-3.1-8B-Instruct`',
  },
  'ဥပမာ ၂: `TheBloke/Llama-2-13B-Chat-GPTQ`': {
    id: 'anatomy-2',
    en: 'Example 2: `TheBloke/Llama-2-13B-Chat-GPTQ`',
    my: 'ဥပမာ ၂: `TheBloke/Llama-2-13B-Chat-GPTQ`',
  },
  'ဥပမာ ၃: `Qwen/Qwen2.5-72B-Instruct-AWQ`': {
    id: 'anatomy-3',
    en: 'Example 3: `Qwen/Qwen2.5-72B-Instruct-AWQ`',
    my: 'ဥပမာ ၃: `Qwen/Qwen2.5-72B-Instruct-AWQ`',
  },
  'ဥပမာ ၄: `NousResearch/Hermes-2-Pro-Llama-3-8B-DPO`': {
    id: 'anatomy-4',
    en: 'Example 4: `NousResearch/Hermes-2-Pro-Llama-3-8B-DPO`',
    my: 'ဥပမာ ၄: `NousResearch/Hermes-2-Pro-Llama-3-8B-DPO`',
  },
  'ဥပမာ ၅: `liuhaotian/llava-v1.6-mistral-7b-hf`': {
    id: 'anatomy-5',
    en: 'Example 5: `liuhaotian/llava-v1.6-mistral-7b-hf`',
    my: 'ဥပမာ ၅: `liuhaotian/llava-v1.6-mistral-7b-hf`',
  },
  'LLM Models - အသေးစိတ် အမျိုးအစားများ': {
    id: 'families',
    en: 'Model families by category',
    my: 'အမျိုးအစားအလိုက် model မိသားစုများ',
  },
  'Open-Source LLM Families': { id: 'families-llm', en: 'Open-source LLM families', my: 'Open-source LLM မိသားစုများ' },
  'Vision-Language Models (VLMs)': {
    id: 'vlm',
    en: 'Vision-language models (VLMs)',
    my: 'Vision-language model (VLM) များ',
  },
  'VLM Architecture Types': { id: 'vlm-architecture', en: 'How a VLM is built', my: 'VLM တည်ဆောက်ပုံ' },
  'Open-Source VLMs': { id: 'families-vlm', en: 'Open-source VLMs', my: 'Open-source VLM များ' },
  'Speech / Audio Models': { id: 'speech', en: 'Speech / audio models', my: 'Speech / audio (အသံ) model များ' },
  'Speech Model Types': { id: 'speech-types', en: 'Kinds of speech model', my: 'Speech model အမျိုးအစားများ' },
  'Key Speech/Audio Models': {
    id: 'families-speech',
    en: 'Key speech / audio models',
    my: 'အဓိက speech / audio model များ',
  },
  'Vision Models (Image-only)': {
    id: 'vision-models',
    en: 'Vision models (images only)',
    my: 'Vision model များ (ပုံ သီးသန့်)',
  },
  'Vision Model Types': { id: 'vision-types', en: 'Kinds of vision model', my: 'Vision model အမျိုးအစားများ' },
  'Key Vision Models': { id: 'families-vision', en: 'Key vision models', my: 'အဓိက vision model များ' },
  'Embedding Models': { id: 'families-embedding', en: 'Embedding models', my: 'Embedding model များ' },
  'Axolotl မှာ Train လို့ရမယ့် Model Types': {
    id: 'axolotl',
    en: 'What Axolotl can train',
    my: 'Axolotl မှာ train လို့ ရတဲ့ model များ',
  },
  '✅ Fully Supported (Direct Training)': {
    id: 'axolotl-supported',
    en: '✅ Fully supported (direct training)',
    my: '✅ အပြည့်အဝ ရ (တိုက်ရိုက် train လို့ ရ)',
  },
  '⚠️ Partially Supported (VLMs - Multimodal)': {
    id: 'axolotl-partial',
    en: '⚠️ Partly supported (VLMs, multimodal)',
    my: '⚠️ တစ်စိတ်တစ်ပိုင်း ရ (VLM, multimodal)',
  },
  'Axolotl VLM Training Config Example': {
    id: 'axolotl-vlm-config',
    en: 'Axolotl VLM training config, an example',
    my: 'Axolotl VLM training config ဥပမာ',
  },
  '❌ Not Supported (Direct Training)': {
    id: 'axolotl-unsupported',
    en: '❌ Not supported (no direct training)',
    my: '❌ မရ (တိုက်ရိုက် train လို့ မရ)',
  },
  'Axolotl Model Selection Guide': {
    id: 'choosing',
    en: 'Choosing a model for Axolotl',
    my: 'Axolotl အတွက် model ရွေးချယ်ခြင်း',
  },
  'Training လုပ်မယ့် Model ရွေးချယ်ခြင်း': {
    id: 'choosing-task',
    en: 'Choosing a model to train',
    my: 'Train မယ့် model ရွေးချယ်ခြင်း',
  },
  'Base Model vs Instruct Model ရွေးချယ်ခြင်း': {
    id: 'base-vs-instruct',
    en: 'Base model or instruct model?',
    my: 'Base model လား instruct model လား ရွေးချယ်ခြင်း',
  },
  'Model Format Compatibility': { id: 'formats', en: 'Model format compatibility', my: 'Model format ကိုက်ညီမှု' },
  'Axolotl Compatible Formats': {
    id: 'formats-axolotl',
    en: 'Formats Axolotl can train',
    my: 'Axolotl train လို့ ရတဲ့ format များ',
  },
  'Axolotl Inference/Serving Compatible Tools': {
    id: 'serving',
    en: 'Inference and serving tools',
    my: 'Inference / serving (model run ပေးတဲ့) tool များ',
  },
};
