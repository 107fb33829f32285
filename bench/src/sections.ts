// Every section `pnpm bench` runs, in order. One import and one line per section: a section is
// a function taking BenchOptions and returning (a promise of) a BenchSection; `n` is its number
// in issue 11, which `--only <n>` selects and which its title starts with.
import { engineSection } from './engine/engineSection';
import { formsSection } from './forms/formsSection';
import { httpSection } from './http/httpSection';
import { postgresSection } from './postgres/postgresSection';
import type { BenchOptions, BenchSection } from './section';
import { storeSection } from './store/storeSection';
import { validationSection } from './validation/validationSection';

export interface SectionEntry {
  n: number;
  run(options: BenchOptions): BenchSection | Promise<BenchSection>;
}

export const sections: SectionEntry[] = [
  { n: 1, run: engineSection },
  { n: 2, run: validationSection },
  { n: 3, run: httpSection },
  { n: 4, run: storeSection },
  { n: 5, run: formsSection },
  { n: 6, run: postgresSection },
];
