const BYTES_PER_LINE = 16;

/** A classic hex dump: offset, sixteen bytes in hex (split in two groups of eight), printable ASCII. */
export function hexDump(bytes: Uint8Array, maxBytes = bytes.length): string {
  const end = Math.min(bytes.length, maxBytes);
  const lines: string[] = [];
  for (let offset = 0; offset < end; offset += BYTES_PER_LINE) {
    const hex: string[] = [];
    let ascii = '';
    for (let i = 0; i < BYTES_PER_LINE; i++) {
      const index = offset + i;
      if (index < end) {
        const byte = bytes[index];
        hex.push(byte.toString(16).padStart(2, '0'));
        ascii += byte >= 0x20 && byte < 0x7f ? String.fromCharCode(byte) : '.';
      } else {
        hex.push('  ');
      }
      if (i === 7) hex.push('');
    }
    lines.push(`${offset.toString(16).padStart(8, '0')}  ${hex.join(' ')}  |${ascii}|`);
  }
  return lines.join('\n');
}
