/**
 * What a processor's name says about its age: Intel Core generation, AMD Ryzen series, Apple silicon. Pure.
 * Names as Windows and macOS print them: "Intel(R) Core(TM) i5-8250U CPU @ 1.60GHz", "AMD Ryzen 5 3500U with
 * Radeon Vega Mobile Gfx", "Apple M1", "Intel Core Ultra 7 155H". Anything else (Celeron, Pentium, Atom, AMD A6)
 * gives no generation: the check then says "not known" and someone looks it up.
 */
export type CpuMaker = 'intel' | 'amd' | 'apple';

export interface CpuInfo {
  maker?: CpuMaker;
  /** Intel Core generation (8 for i5-8250U), AMD Ryzen series (3 for Ryzen 5 3500U), Apple M generation. */
  generation?: number;
  /** Apple silicon (M1 and later). */
  appleSilicon?: boolean;
}

export function cpuInfo(name: string | undefined): CpuInfo {
  const text = (name ?? '').replace(/\((?:R|TM)\)/gi, ' ').replace(/\s+/g, ' ');
  const apple = /\bApple M(\d+)\b/i.exec(text);
  if (apple) return { maker: 'apple', generation: Number(apple[1]), appleSilicon: true };
  if (/\bCore Ultra\b/i.test(text)) {
    // Core Ultra 5 125U (series 1, 2023) follows the 13th/14th generation; series 2 (Ultra 7 255H) is newer still.
    const model = /\bUltra \d\s+(\d)\d{2}/i.exec(text);
    return { maker: 'intel', generation: model && Number(model[1]) >= 2 ? 15 : 14 };
  }
  const core = /\bi[3579]-(\d{3,5})([a-z]\w*)?/i.exec(text);
  if (core) {
    const digits = core[1];
    if (digits.length === 5) return { maker: 'intel', generation: Number(digits.slice(0, 2)) };
    if (digits.length === 3) return { maker: 'intel', generation: 1 };
    // Four digits: 8250U is 8th generation; 1065G7, 1135G7, 1235U, 1335U are 10th to 13th.
    if (digits.startsWith('1') && core[2]) return { maker: 'intel', generation: Number(digits.slice(0, 2)) };
    return { maker: 'intel', generation: Number(digits[0]) };
  }
  const ryzen = /\bRyzen\s+(?:\d|Threadripper|AI \d+)\s+(?:PRO\s+)?(\d)\d{2,3}/i.exec(text);
  if (ryzen) return { maker: 'amd', generation: Number(ryzen[1]) };
  if (/\bIntel\b/i.test(text)) return { maker: 'intel' };
  if (/\bAMD\b/i.test(text)) return { maker: 'amd' };
  return {};
}
