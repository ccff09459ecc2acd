import { describe, expect, it } from 'vitest';
import { budgetShare, count, createFormatter, int, oneDecimal, percent, requestRate, score } from '../../src/format/numbers.js';
import { prose, text } from '../../src/format/markdown.js';

describe('money', () => {
  const usd = createFormatter('USD');
  it('rounds only when formatting, with separators and no float noise', () => {
    expect(usd.money(12345.678)).toBe('$12,346');
    expect(usd.money(60.006336)).toBe('$60.01');
    expect(usd.moneyWhole(0.1 + 0.2)).toBe('$0');
    expect(usd.money(-0.001)).toBe('$0.00');
    expect(usd.moneyWhole(-1500)).toBe('-$1,500');
  });
  it('shows unit costs with enough decimals', () => {
    expect(usd.unitMoney(0.005679999999999999)).toBe('$0.0057');
    expect(usd.unitMoney(0.0000271)).toBe('$0.000027');
    expect(usd.unitMoney(3)).toBe('$3.00');
    expect(usd.unitMoney(0)).toBe('$0.00');
  });
  it('keeps one precision per column', () => {
    expect([700, 90].map(usd.column([700, 90]))).toEqual(['$700', '$90']);
    expect([700, 60.01].map(usd.column([700, 60.01]))).toEqual(['$700.00', '$60.01']);
    // A column with a real amount under half a cent keeps four decimals instead of printing it as $0.00.
    expect([3.04, 0.0012, 0].map(usd.column([3.04, 0.0012, 0]))).toEqual(['$3.0400', '$0.0012', '$0.0000']);
  });
  it('keeps totals in whole units until an amount under $10 would read "$0" or "$1"', () => {
    expect([4000.16, 59.98, 0].map(usd.totals([4000.16, 59.98, 0]))).toEqual(['$4,000', '$60', '$0']);
    expect([1004.2, 0.32].map(usd.totals([1004.2, 0.32]))).toEqual(['$1,004.20', '$0.32']);
    expect([0.32, 0.004].map(usd.totals([0.32, 0.004]))).toEqual(['$0.3200', '$0.0040']);
  });
  it('never prints a sub-dollar amount as "$0" or "$1", whatever its size', () => {
    expect(usd.money(0.6)).toBe('$0.60');
    expect(usd.money(3.04)).toBe('$3.04');
    expect(usd.money(0.0036)).toBe('$0.0036');
    expect(usd.money(0.00002)).toBe('$0.00002');
    expect(usd.money(0)).toBe('$0.00');
    expect(usd.money(99.995)).toBe('$100.00');
    expect(usd.money(1004.2)).toBe('$1,004');
  });
  it('uses the model currency', () => {
    expect(createFormatter('EUR').money(12345)).toBe('€12,345');
    expect(createFormatter('GBP').unitMoney(0.0042)).toBe('£0.0042');
  });
});

describe('request rates', () => {
  it('pick the unit that keeps a small load readable instead of "0.0 requests per second"', () => {
    expect(requestRate(4.23)).toBe('4.2 requests per second');
    expect(requestRate(42)).toBe('42 requests per second');
    expect(requestRate(0.1)).toBe('0.1 requests per second');
    expect(requestRate(0.0125)).toBe('0.8 requests per minute');
    expect(requestRate(0.000417)).toBe('1.5 requests per hour');
    expect(requestRate(0)).toBe('0.0 requests per second');
  });
});

describe('numbers', () => {
  it('formats counts, scores and percents in en-US', () => {
    expect(int(1188000000)).toBe('1,188,000,000');
    expect(oneDecimal(6.6000000000000005)).toBe('6.6');
    expect(score(9)).toBe('9');
    expect(score(7.5)).toBe('7.5');
    expect(percent(48.93345)).toBe('48.9%');
    expect(percent(70)).toBe('70%');
  });
});

describe('text escaping', () => {
  it('makes HTML and markdown inert and collapses newlines', () => {
    expect(text('<b>a & b</b>')).toBe('&lt;b&gt;a &amp; b&lt;/b&gt;');
    expect(text('a | b\nc')).toBe('a \\| b c');
    expect(text('[x](javascript:alert(1))')).toBe('\\[x\\](javascript:alert(1))');
    expect(text('**bold** _it_ `code` ~~s~~')).toBe('\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~s\\~\\~');
  });
  it('keeps prose from opening a block', () => {
    expect(prose('# Title\n\n1. one\n\n- item\nstill item')).toEqual(['\\# Title', '1\\. one', '\\- item still item']);
  });
});

describe('amounts side by side', () => {
  it('adds decimals only when two different amounts would print alike', () => {
    const fmt = createFormatter('USD');
    expect(fmt.pair(0.0015, 0.005)).toEqual(['$0.0015', '$0.0050']);
    expect(fmt.pair(0.000526, 0.0005)).toEqual(['$0.000526', '$0.000500']);
    expect(fmt.pair(0.0005, 0.0005)).toEqual(['$0.0005', '$0.0005']);
  });
});

describe('amounts too large to print whole', () => {
  it('reads a column in thousands, millions or billions, the unit named for its header', () => {
    const kwd = createFormatter('KWD');
    expect(kwd.scaled([20_002_503_646, 3_649_832], 1)).toMatchObject({ unit: null });
    expect(kwd.scaled([20_002_503_646, 3_649_832], 1).format(3_649_832)).toBe('KWD\u00a03,649,832');
    const millions = kwd.scaled([20_002_503_646, 3_649_832], 1e6);
    expect(millions.unit).toBe('KWD millions');
    expect(millions.format(20_002_503_646)).toBe('20,002.5');
    expect(millions.format(3_649_832)).toBe('3.6');
    // Every figure 10 or more in the unit: whole units.
    const thousands = createFormatter('JPY').scaled([20_002_503_646, 11_167_174], 1e3);
    expect(thousands).toMatchObject({ unit: 'JPY thousands' });
    expect(thousands.format(11_167_174)).toBe('11,167');
  });
  it('says a large amount in words for a tile, and a small one as money', () => {
    expect(createFormatter('KWD').moneyInWords(-20_002_503_646)).toBe('-KWD\u00a020.0 billion');
    expect(createFormatter('EUR').moneyInWords(987_654_321_987_000)).toBe('€988 trillion');
    expect(createFormatter('USD').moneyInWords(1_250_000)).toBe('$1.3 million');
    expect(createFormatter('USD').moneyInWords(12_345)).toBe('$12,345');
  });
});

describe('count', () => {
  it('reads large counts in words', () => {
    expect(count(53_750)).toBe('53,750');
    expect(count(12_345_678)).toBe('12.3 million');
    expect(count(107_500_000_000)).toBe('107.5 billion');
    expect(count(2.5e12)).toBe('2.5 trillion');
  });
});

describe('budgetShare', () => {
  it('is a percentage up to ten times the budget, then a multiple in words', () => {
    expect(budgetShare(49)).toEqual({ text: '49%', multiple: false });
    expect(budgetShare(999.9)).toEqual({ text: '999.9%', multiple: false });
    expect(budgetShare(1000)).toEqual({ text: '10 times', multiple: true });
    expect(budgetShare(123_456)).toEqual({ text: '1,235 times', multiple: true });
    expect(budgetShare(4.4e11)).toEqual({ text: '4.4 billion times', multiple: true });
    expect(budgetShare(3.9e15)).toEqual({ text: '39.0 trillion times', multiple: true });
  });
});
