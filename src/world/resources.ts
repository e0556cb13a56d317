// Resource controls (mkwpar/chwpar -R; reference 3.2 attribute names, the
// guide's "Configuring resource controls"): which attributes exist and what
// values AIX takes. CPU and memory: min%-softmax%,hardmax% with
// min <= soft max <= hard max <= 100; shares 1..65535; totals positive whole
// numbers; virtual memory sizes with M/G/T; pct_* 0..100%; active yes|no.

export const RESOURCE_ATTRS = [
  'active',
  'rset',
  'shares_CPU',
  'CPU',
  'shares_memory',
  'memory',
  'procVirtMem',
  'totalVirtMem',
  'totalProcesses',
  'totalThreads',
  'totalPTYs',
  'totalLargePages',
  'pct_msgIDs',
  'pct_semIDs',
  'pct_shmIDs',
  'pct_pinMem',
] as const;

const LIMITS = /^(\d{1,3})%-(\d{1,3})%,(\d{1,3})%$/;

/** null when the value is one AIX takes for the attribute, else why not. */
export function checkResource(attr: string, value: string): string | null {
  switch (attr) {
    case 'active':
      return value === 'yes' || value === 'no' ? null : 'yes or no';
    case 'rset':
      return /^[A-Za-z0-9_/.-]+$/.test(value) ? null : 'a resource set name';
    case 'CPU':
    case 'memory': {
      const m = LIMITS.exec(value);
      if (!m) return 'min%-softmax%,hardmax%';
      const [min, soft, hard] = [Number(m[1]), Number(m[2]), Number(m[3])];
      return min <= soft && soft <= hard && hard <= 100 && hard > 0 ? null : 'min <= soft max <= hard max <= 100';
    }
    case 'shares_CPU':
    case 'shares_memory':
      return /^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 65535 ? null : 'a number from 1 to 65535';
    case 'totalProcesses':
    case 'totalThreads':
    case 'totalPTYs':
    case 'totalLargePages':
      return /^\d+$/.test(value) && Number(value) > 0 ? null : 'a positive whole number';
    case 'procVirtMem':
    case 'totalVirtMem':
      return /^\d+[MGT]$/.test(value) && Number(value.slice(0, -1)) > 0 ? null : 'a size such as 512M, 2G or 1T';
    default:
      return /^\d{1,3}%?$/.test(value) && parseInt(value, 10) <= 100 ? null : 'a percentage from 0 to 100';
  }
}
