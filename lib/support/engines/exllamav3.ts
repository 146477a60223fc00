import { engine, listsArchitecture } from '../../knowledge/engine-lists';
import { common, languageOrUnknown, loadsQuantized } from './shared';
import { download } from './command-parts';
import type { ServingEngineModule } from './types';

// ExLlamaV3: its own EXL3 format; convert.py quantizes an unquantized Transformers repo of an architecture it lists
// (exllamav3/architecture/) to EXL3.
export const exllamav3: ServingEngineModule = {
  id: 'exllamav3',
  label: 'ExLlamaV3',
  sourceKey: 'engine_source_exllamav3',
  matrix: () => engine('exllamav3'),
  serves: (input) => languageOrUnknown(input) || input.format === 'exl3',
  judge(input) {
    const name = this.label;
    const shared = common(input, name);
    if (shared) return [shared];
    if (loadsQuantized(this.matrix(), input.format))
      return [{ verdict: 'yes', key: 'serving_exl3_native', route: 'direct' }];
    if (input.format === 'exl2') return [{ verdict: 'no', key: 'serving_exl2_in_exl3' }];
    if (input.format !== null && !['fp16', 'bf16', 'fp32'].includes(input.format))
      return [{ verdict: 'no', key: 'serving_format_unsupported', args: [name, input.format] }];
    if (input.adapter) return [{ verdict: 'unknown', key: 'serving_exl3_adapter' }];
    const arch = input.architecture;
    if (!arch) return [{ verdict: 'unknown', key: 'serving_format_ok_arch_unknown', args: [name] }];
    if (listsArchitecture('exllamav3', arch)) {
      return [
        {
          verdict: 'yes',
          key: input.architectureFromHub ? 'serving_exl3_convert' : 'serving_exl3_convert_family',
          args: [arch],
          route: 'convert',
        },
      ];
    }
    if (!input.architectureFromHub) return [{ verdict: 'unknown', key: 'serving_family_unlisted', args: [name, arch] }];
    return [{ verdict: 'no', key: 'serving_arch_unlisted', args: [name, arch] }];
  },
  command({ facts, id, verdict }) {
    const chat = (dir: string) =>
      `python examples/chat.py -m ${dir} -mode raw  # from the exllamav3 repo; -h lists chat modes`;
    if (verdict.route === 'convert') {
      return `${download(id, facts.name)}\npython convert.py -i ${facts.name} -o ${facts.name}-exl3 -w work -b 4.0\n${chat(`${facts.name}-exl3`)}`;
    }
    return `${download(id, facts.name)}\n${chat(facts.name)}`;
  },
};
