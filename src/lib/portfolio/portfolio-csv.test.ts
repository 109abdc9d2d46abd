import { describe, expect, it } from 'vitest';
import {
  portfolioCsv,
  portfolioCsvRows,
  type TPortfolioCsvText,
  UTF8_BOM,
} from './portfolio-csv.ts';
import { organisation } from './test-organisations.ts';

const EN: TPortfolioCsvText = {
  headers: {
    name: 'Organisation',
    industry: 'Industry',
    companySize: 'Company size',
    region: 'Region',
    businessModel: 'Business model',
    respondents: 'Respondents',
    overallScore: 'Overall score',
    overallStage: 'Overall stage',
    alignment: 'Alignment',
    staffing: 'Staffing',
    personalization: 'Personalization',
    effort: 'Effort',
    brand: 'Brand',
    automation: 'Automation',
    lastActivity: 'Last activity',
  },
};
const KO: TPortfolioCsvText = {
  headers: {
    name: '조직',
    industry: '산업',
    companySize: '기업 규모',
    region: '지역',
    businessModel: '비즈니스 모델',
    respondents: '응답자',
    overallScore: '종합 점수',
    overallStage: '종합 단계',
    alignment: '정렬',
    staffing: '인력',
    personalization: '개인화',
    effort: '고객 노력',
    brand: '브랜드',
    automation: '자동화',
    lastActivity: '최근 활동',
  },
  segmentValue: (attribute, value) => (attribute === 'industry' ? `${value} (산업)` : value),
};

const noon = '2026-01-15T12:00:00Z';
const ACME = organisation(
  'Acme, "the" company',
  {
    alignment: 40.5,
    staffing: 0,
    personalization: 22,
    effort: 61.3,
    brand: 100,
    automation: null,
    overall: 44.8,
  },
  { lastActivity: noon, respondents: 4 },
);

describe('portfolioCsvRows', () => {
  it('writes a header row in the given language, then one row per organisation', () => {
    const [header, row] = portfolioCsvRows([ACME], EN);
    expect(header).toEqual([
      'Organisation',
      'Industry',
      'Company size',
      'Region',
      'Business model',
      'Respondents',
      'Overall score',
      'Overall stage',
      'Alignment',
      'Staffing',
      'Personalization',
      'Effort',
      'Brand',
      'Automation',
      'Last activity',
    ]);
    expect(row).toEqual([
      'Acme, "the" company',
      'retail',
      '1000-4999',
      'kr',
      'b2c',
      4,
      44.8,
      3,
      40.5,
      0,
      22,
      61.3,
      100,
      null,
      '2026-01-15',
    ]);
    expect(portfolioCsvRows([ACME], KO)[0]![0]).toBe('조직');
    expect(portfolioCsvRows([ACME], KO)[1]![1]).toBe('retail (산업)');
  });

  it('leaves an unreleased organisation with empty score cells', () => {
    const [, row] = portfolioCsvRows([organisation('Beta', {}, { lastActivity: noon })], EN);
    expect(row!.slice(6, 14)).toEqual([null, null, null, null, null, null, null, null]);
    const [, unreadable] = portfolioCsvRows([organisation('B', {}, { lastActivity: 'x' })], EN);
    expect(unreadable!.at(-1)).toBeNull();
  });
});

describe('portfolioCsv', () => {
  it('starts with a byte order mark and ends every line with CRLF', () => {
    const csv = portfolioCsv([ACME], KO);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(lines[0]).toBe(
      '조직,산업,기업 규모,지역,비즈니스 모델,응답자,종합 점수,종합 단계,정렬,인력,개인화,고객 노력,브랜드,자동화,최근 활동',
    );
    expect(lines[1]).toBe(
      '"Acme, ""the"" company",retail (산업),1000-4999,kr,b2c,4,44.8,3,40.5,0,22,61.3,100,,2026-01-15',
    );
  });

  it('neutralises formulas in names and segment values, and keeps numbers numbers', () => {
    const hostile = [
      organisation('=HYPERLINK("http://x","y")', { overall: 10 }, { lastActivity: noon }),
      organisation('+1', {}, { lastActivity: noon }),
      organisation('-2+3', {}, { lastActivity: noon }),
      organisation('@SUM(A1)', {}, { lastActivity: noon }),
      organisation('\tTab', {}, { lastActivity: noon }),
      organisation('\rReturn', {}, { lastActivity: noon }),
      organisation(
        '-42',
        {},
        {
          lastActivity: noon,
          segment: { industry: '=cmd', companySize: '-1', region: 'kr', businessModel: 'b2b' },
        },
      ),
    ];
    const lines = portfolioCsv(hostile, EN).slice(1).split('\r\n').slice(1, -1);
    const firstCells = lines.map((line) => line.split(',')[0]);
    expect(firstCells).toEqual([
      '"\'=HYPERLINK(""http://x""',
      "'+1",
      "'-2+3",
      "'@SUM(A1)",
      "'\tTab",
      '"\'\rReturn"',
      '-42',
    ]);
    expect(lines[0]).toMatch(/,10,1,,,,,,,2026-01-15$/);
    expect(lines[6]).toMatch(/^-42,'=cmd,-1,kr,b2b,3,/);
  });
});
