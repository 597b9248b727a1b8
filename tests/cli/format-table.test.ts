import { describe, expect, it } from 'vitest';
import { displayWidth, oneLine, renderMarkdownTable, renderTextTable } from '../../cli/format-table';

describe('tables', () => {
  it('aligns text columns, right-aligns numbers and leaves no trailing spaces', () => {
    const table = renderTextTable(
      [{ header: 'rule' }, { header: 'n', align: 'right' }, { header: 'note' }],
      [
        ['a', '1', ''],
        ['longer-rule', '100', 'x'],
      ],
    );
    expect(table.split('\n')).toEqual(['rule           n  note', '-----------  ---  ----', 'a              1', 'longer-rule  100  x']);
  });

  it('escapes pipes and newlines in Markdown cells', () => {
    expect(renderMarkdownTable([{ header: 'a|b' }, { header: 'n', align: 'right' }], [['x\ny', '2']])).toBe(
      '| a\\|b | n |\n| --- | ---: |\n| x y | 2 |',
    );
  });

  it('counts wide characters as two cells and combining marks as none', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('你好')).toBe(4);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('🎉')).toBe(2);
  });

  it('flattens and shortens quotes', () => {
    expect(oneLine('  a\n\n b  ', 10)).toBe('a b');
    expect(oneLine('abcdefghijkl', 5)).toBe('abcd…');
  });
});
