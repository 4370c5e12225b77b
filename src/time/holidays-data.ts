import { deepFreeze } from '../_lib/freeze.js';
import type { Bilingual } from '../errors/messages.js';

/** One State Council General Office notice (国务院办公厅通知) that fixes a year's holidays. */
export interface HolidayNotice {
  /** The document number, e.g. `国办发明电〔2019〕16号`. */
  readonly number: string;
  /** The title, e.g. `国务院办公厅关于2020年部分节假日安排的通知`. */
  readonly title: string;
  /** The date the notice is signed (落款日期), `YYYY-MM-DD`. */
  readonly issued: string;
}

/** Days off (放假) that a notice sets, both ends included, with the clause quoted. */
export interface HolidayRange {
  readonly name: Bilingual;
  readonly from: string;
  readonly to: string;
  /** The number of the notice that sets these days. */
  readonly notice: string;
  /** The clause, quoted from the notice. */
  readonly text?: string;
}

/** A weekend day that a notice makes a working day (调休上班). */
export interface AdjustedWorkday {
  readonly date: string;
  /** The holiday it makes up for. */
  readonly name: Bilingual;
  /** The number of the notice that sets it. */
  readonly notice: string;
}

/**
 * One year of mainland China's public holidays as the State Council notices for that year set them:
 * the days off (放假, including weekdays taken off by 调休) and the weekend days worked (调休上班).
 * Days a notice sets in the previous December (the 2019 notice's 2018-12-29 to 31) belong to the year
 * of the notice.
 */
export interface HolidayYear {
  readonly year: number;
  /** The annual notice first, then any later notice that changed it. */
  readonly notices: readonly HolidayNotice[];
  readonly holidays: readonly HolidayRange[];
  readonly workdays: readonly AdjustedWorkday[];
}

const N = {
  newYear: { zh: '元旦', en: "New Year's Day" },
  spring: { zh: '春节', en: 'Spring Festival' },
  qingming: { zh: '清明节', en: 'Qingming Festival' },
  labour: { zh: '劳动节', en: 'Labour Day' },
  dragonBoat: { zh: '端午节', en: 'Dragon Boat Festival' },
  midAutumn: { zh: '中秋节', en: 'Mid-Autumn Festival' },
  national: { zh: '国庆节', en: 'National Day' },
  nationalMidAutumn: { zh: '国庆节、中秋节', en: 'National Day and Mid-Autumn Festival' },
} as const;

const title = (year: number): string => `国务院办公厅关于${year}年部分节假日安排的通知`;

/**
 * The holidays and adjusted working days of 2018 to 2026, transcribed from each year's notice of the
 * State Council General Office (国务院办公厅关于XXXX年部分节假日安排的通知) and the two notices that
 * changed a year after it was published (2019's Labour Day, 2020's Spring Festival). Each range quotes
 * its clause. Checked day by day against the `chinese-days` package in the tests
 * (`test/time/workdays.test.ts`); where they disagree, the notice wins.
 */
export const CHINA_HOLIDAY_YEARS: readonly HolidayYear[] = deepFreeze([
  {
    year: 2018,
    notices: [{ number: '国办发明电〔2017〕12号', title: title(2018), issued: '2017-11-30' }],
    holidays: [
      {
        name: N.newYear,
        from: '2018-01-01',
        to: '2018-01-01',
        notice: '国办发明电〔2017〕12号',
        text: '元旦：1月1日放假，与周末连休。',
      },
      {
        name: N.spring,
        from: '2018-02-15',
        to: '2018-02-21',
        notice: '国办发明电〔2017〕12号',
        text: '春节：2月15日至21日放假调休，共7天。2月11日（星期日）、2月24日（星期六）上班。',
      },
      {
        name: N.qingming,
        from: '2018-04-05',
        to: '2018-04-07',
        notice: '国办发明电〔2017〕12号',
        text: '清明节：4月5日至7日放假调休，共3天。4月8日（星期日）上班。',
      },
      {
        name: N.labour,
        from: '2018-04-29',
        to: '2018-05-01',
        notice: '国办发明电〔2017〕12号',
        text: '劳动节：4月29日至5月1日放假调休，共3天。4月28日（星期六）上班。',
      },
      {
        name: N.dragonBoat,
        from: '2018-06-18',
        to: '2018-06-18',
        notice: '国办发明电〔2017〕12号',
        text: '端午节：6月18日放假，与周末连休。',
      },
      {
        name: N.midAutumn,
        from: '2018-09-24',
        to: '2018-09-24',
        notice: '国办发明电〔2017〕12号',
        text: '中秋节：9月24日放假，与周末连休。',
      },
      {
        name: N.national,
        from: '2018-10-01',
        to: '2018-10-07',
        notice: '国办发明电〔2017〕12号',
        text: '国庆节：10月1日至7日放假调休，共7天。9月29日（星期六）、9月30日（星期日）上班。',
      },
    ],
    workdays: [
      { date: '2018-02-11', name: N.spring, notice: '国办发明电〔2017〕12号' },
      { date: '2018-02-24', name: N.spring, notice: '国办发明电〔2017〕12号' },
      { date: '2018-04-08', name: N.qingming, notice: '国办发明电〔2017〕12号' },
      { date: '2018-04-28', name: N.labour, notice: '国办发明电〔2017〕12号' },
      { date: '2018-09-29', name: N.national, notice: '国办发明电〔2017〕12号' },
      { date: '2018-09-30', name: N.national, notice: '国办发明电〔2017〕12号' },
    ],
  },
  {
    year: 2019,
    notices: [
      { number: '国办发明电〔2018〕15号', title: title(2019), issued: '2018-12-04' },
      {
        number: '国办发明电〔2019〕3号',
        title: '国务院办公厅关于调整2019年劳动节假期安排的通知',
        issued: '2019-03-22',
      },
    ],
    holidays: [
      {
        name: N.newYear,
        from: '2018-12-30',
        to: '2019-01-01',
        notice: '国办发明电〔2018〕15号',
        text: '元旦：2018年12月30日至2019年1月1日放假调休，共3天。2018年12月29日（星期六）上班。',
      },
      {
        name: N.spring,
        from: '2019-02-04',
        to: '2019-02-10',
        notice: '国办发明电〔2018〕15号',
        text: '春节：2月4日至10日放假调休，共7天。2月2日（星期六）、2月3日（星期日）上班。',
      },
      {
        name: N.qingming,
        from: '2019-04-05',
        to: '2019-04-05',
        notice: '国办发明电〔2018〕15号',
        text: '清明节：4月5日放假，与周末连休。',
      },
      // The annual notice's "劳动节：5月1日放假" was replaced by 〔2019〕3号.
      {
        name: N.labour,
        from: '2019-05-01',
        to: '2019-05-04',
        notice: '国办发明电〔2019〕3号',
        text: '2019年5月1日至4日放假调休，共4天。4月28日（星期日）、5月5日（星期日）上班。',
      },
      {
        name: N.dragonBoat,
        from: '2019-06-07',
        to: '2019-06-07',
        notice: '国办发明电〔2018〕15号',
        text: '端午节：6月7日放假，与周末连休。',
      },
      {
        name: N.midAutumn,
        from: '2019-09-13',
        to: '2019-09-13',
        notice: '国办发明电〔2018〕15号',
        text: '中秋节：9月13日放假，与周末连休。',
      },
      {
        name: N.national,
        from: '2019-10-01',
        to: '2019-10-07',
        notice: '国办发明电〔2018〕15号',
        text: '国庆节：10月1日至7日放假调休，共7天。9月29日（星期日）、10月12日（星期六）上班。',
      },
    ],
    workdays: [
      { date: '2018-12-29', name: N.newYear, notice: '国办发明电〔2018〕15号' },
      { date: '2019-02-02', name: N.spring, notice: '国办发明电〔2018〕15号' },
      { date: '2019-02-03', name: N.spring, notice: '国办发明电〔2018〕15号' },
      { date: '2019-04-28', name: N.labour, notice: '国办发明电〔2019〕3号' },
      { date: '2019-05-05', name: N.labour, notice: '国办发明电〔2019〕3号' },
      { date: '2019-09-29', name: N.national, notice: '国办发明电〔2018〕15号' },
      { date: '2019-10-12', name: N.national, notice: '国办发明电〔2018〕15号' },
    ],
  },
  {
    year: 2020,
    notices: [
      { number: '国办发明电〔2019〕16号', title: title(2020), issued: '2019-11-21' },
      {
        number: '国办发明电〔2020〕1号',
        title: '国务院办公厅关于延长2020年春节假期的通知',
        issued: '2020-01-26',
      },
    ],
    holidays: [
      {
        name: N.newYear,
        from: '2020-01-01',
        to: '2020-01-01',
        notice: '国办发明电〔2019〕16号',
        text: '元旦：2020年1月1日放假，共1天。',
      },
      {
        name: N.spring,
        from: '2020-01-24',
        to: '2020-01-30',
        notice: '国办发明电〔2019〕16号',
        text: '春节：1月24日至30日放假调休，共7天。1月19日（星期日）、2月1日（星期六）上班。',
      },
      // 〔2020〕1号 extended the holiday through 2 February, so 2020-02-01 (a Saturday) is no longer worked.
      {
        name: N.spring,
        from: '2020-01-31',
        to: '2020-02-02',
        notice: '国办发明电〔2020〕1号',
        text: '延长2020年春节假期至2月2日（农历正月初九，星期日），2月3日（星期一）起正常上班。',
      },
      {
        name: N.qingming,
        from: '2020-04-04',
        to: '2020-04-06',
        notice: '国办发明电〔2019〕16号',
        text: '清明节：4月4日至6日放假调休，共3天。',
      },
      {
        name: N.labour,
        from: '2020-05-01',
        to: '2020-05-05',
        notice: '国办发明电〔2019〕16号',
        text: '劳动节：5月1日至5日放假调休，共5天。4月26日（星期日）、5月9日（星期六）上班。',
      },
      {
        name: N.dragonBoat,
        from: '2020-06-25',
        to: '2020-06-27',
        notice: '国办发明电〔2019〕16号',
        text: '端午节：6月25日至27日放假调休，共3天。6月28日（星期日）上班。',
      },
      {
        name: N.nationalMidAutumn,
        from: '2020-10-01',
        to: '2020-10-08',
        notice: '国办发明电〔2019〕16号',
        text: '国庆节、中秋节：10月1日至8日放假调休，共8天。9月27日（星期日）、10月10日（星期六）上班。',
      },
    ],
    workdays: [
      { date: '2020-01-19', name: N.spring, notice: '国办发明电〔2019〕16号' },
      { date: '2020-04-26', name: N.labour, notice: '国办发明电〔2019〕16号' },
      { date: '2020-05-09', name: N.labour, notice: '国办发明电〔2019〕16号' },
      { date: '2020-06-28', name: N.dragonBoat, notice: '国办发明电〔2019〕16号' },
      { date: '2020-09-27', name: N.nationalMidAutumn, notice: '国办发明电〔2019〕16号' },
      { date: '2020-10-10', name: N.nationalMidAutumn, notice: '国办发明电〔2019〕16号' },
    ],
  },
  {
    year: 2021,
    notices: [{ number: '国办发明电〔2020〕27号', title: title(2021), issued: '2020-11-25' }],
    holidays: [
      {
        name: N.newYear,
        from: '2021-01-01',
        to: '2021-01-03',
        notice: '国办发明电〔2020〕27号',
        text: '元旦：2021年1月1日至3日放假，共3天。',
      },
      {
        name: N.spring,
        from: '2021-02-11',
        to: '2021-02-17',
        notice: '国办发明电〔2020〕27号',
        text: '春节：2月11日至17日放假调休，共7天。2月7日（星期日）、2月20日（星期六）上班。',
      },
      {
        name: N.qingming,
        from: '2021-04-03',
        to: '2021-04-05',
        notice: '国办发明电〔2020〕27号',
        text: '清明节：4月3日至5日放假调休，共3天。',
      },
      {
        name: N.labour,
        from: '2021-05-01',
        to: '2021-05-05',
        notice: '国办发明电〔2020〕27号',
        text: '劳动节：5月1日至5日放假调休，共5天。4月25日（星期日）、5月8日（星期六）上班。',
      },
      {
        name: N.dragonBoat,
        from: '2021-06-12',
        to: '2021-06-14',
        notice: '国办发明电〔2020〕27号',
        text: '端午节：6月12日至14日放假，共3天。',
      },
      {
        name: N.midAutumn,
        from: '2021-09-19',
        to: '2021-09-21',
        notice: '国办发明电〔2020〕27号',
        text: '中秋节：9月19日至21日放假调休，共3天。9月18日（星期六）上班。',
      },
      {
        name: N.national,
        from: '2021-10-01',
        to: '2021-10-07',
        notice: '国办发明电〔2020〕27号',
        text: '国庆节：10月1日至7日放假调休，共7天。9月26日（星期日）、10月9日（星期六）上班。',
      },
    ],
    workdays: [
      { date: '2021-02-07', name: N.spring, notice: '国办发明电〔2020〕27号' },
      { date: '2021-02-20', name: N.spring, notice: '国办发明电〔2020〕27号' },
      { date: '2021-04-25', name: N.labour, notice: '国办发明电〔2020〕27号' },
      { date: '2021-05-08', name: N.labour, notice: '国办发明电〔2020〕27号' },
      { date: '2021-09-18', name: N.midAutumn, notice: '国办发明电〔2020〕27号' },
      { date: '2021-09-26', name: N.national, notice: '国办发明电〔2020〕27号' },
      { date: '2021-10-09', name: N.national, notice: '国办发明电〔2020〕27号' },
    ],
  },
  {
    year: 2022,
    notices: [{ number: '国办发明电〔2021〕11号', title: title(2022), issued: '2021-10-25' }],
    holidays: [
      {
        name: N.newYear,
        from: '2022-01-01',
        to: '2022-01-03',
        notice: '国办发明电〔2021〕11号',
        text: '元旦：2022年1月1日至3日放假，共3天。',
      },
      {
        name: N.spring,
        from: '2022-01-31',
        to: '2022-02-06',
        notice: '国办发明电〔2021〕11号',
        text: '春节：1月31日至2月6日放假调休，共7天。1月29日（星期六）、1月30日（星期日）上班。',
      },
      {
        name: N.qingming,
        from: '2022-04-03',
        to: '2022-04-05',
        notice: '国办发明电〔2021〕11号',
        text: '清明节：4月3日至5日放假调休，共3天。4月2日（星期六）上班。',
      },
      {
        name: N.labour,
        from: '2022-04-30',
        to: '2022-05-04',
        notice: '国办发明电〔2021〕11号',
        text: '劳动节：4月30日至5月4日放假调休，共5天。4月24日（星期日）、5月7日（星期六）上班。',
      },
      {
        name: N.dragonBoat,
        from: '2022-06-03',
        to: '2022-06-05',
        notice: '国办发明电〔2021〕11号',
        text: '端午节：6月3日至5日放假，共3天。',
      },
      {
        name: N.midAutumn,
        from: '2022-09-10',
        to: '2022-09-12',
        notice: '国办发明电〔2021〕11号',
        text: '中秋节：9月10日至12日放假，共3天。',
      },
      {
        name: N.national,
        from: '2022-10-01',
        to: '2022-10-07',
        notice: '国办发明电〔2021〕11号',
        text: '国庆节：10月1日至7日放假调休，共7天。10月8日（星期六）、10月9日（星期日）上班。',
      },
    ],
    workdays: [
      { date: '2022-01-29', name: N.spring, notice: '国办发明电〔2021〕11号' },
      { date: '2022-01-30', name: N.spring, notice: '国办发明电〔2021〕11号' },
      { date: '2022-04-02', name: N.qingming, notice: '国办发明电〔2021〕11号' },
      { date: '2022-04-24', name: N.labour, notice: '国办发明电〔2021〕11号' },
      { date: '2022-05-07', name: N.labour, notice: '国办发明电〔2021〕11号' },
      { date: '2022-10-08', name: N.national, notice: '国办发明电〔2021〕11号' },
      { date: '2022-10-09', name: N.national, notice: '国办发明电〔2021〕11号' },
    ],
  },
  {
    year: 2023,
    notices: [{ number: '国办发明电〔2022〕16号', title: title(2023), issued: '2022-12-08' }],
    holidays: [
      {
        name: N.newYear,
        from: '2022-12-31',
        to: '2023-01-02',
        notice: '国办发明电〔2022〕16号',
        text: '元旦：2022年12月31日至2023年1月2日放假调休，共3天。',
      },
      {
        name: N.spring,
        from: '2023-01-21',
        to: '2023-01-27',
        notice: '国办发明电〔2022〕16号',
        text: '春节：1月21日至27日放假调休，共7天。1月28日（星期六）、1月29日（星期日）上班。',
      },
      {
        name: N.qingming,
        from: '2023-04-05',
        to: '2023-04-05',
        notice: '国办发明电〔2022〕16号',
        text: '清明节：4月5日放假，共1天。',
      },
      {
        name: N.labour,
        from: '2023-04-29',
        to: '2023-05-03',
        notice: '国办发明电〔2022〕16号',
        text: '劳动节：4月29日至5月3日放假调休，共5天。4月23日（星期日）、5月6日（星期六）上班。',
      },
      {
        name: N.dragonBoat,
        from: '2023-06-22',
        to: '2023-06-24',
        notice: '国办发明电〔2022〕16号',
        text: '端午节：6月22日至24日放假调休，共3天。6月25日（星期日）上班。',
      },
      {
        name: N.nationalMidAutumn,
        from: '2023-09-29',
        to: '2023-10-06',
        notice: '国办发明电〔2022〕16号',
        text: '中秋节、国庆节：9月29日至10月6日放假调休，共8天。10月7日（星期六）、10月8日（星期日）上班。',
      },
    ],
    workdays: [
      { date: '2023-01-28', name: N.spring, notice: '国办发明电〔2022〕16号' },
      { date: '2023-01-29', name: N.spring, notice: '国办发明电〔2022〕16号' },
      { date: '2023-04-23', name: N.labour, notice: '国办发明电〔2022〕16号' },
      { date: '2023-05-06', name: N.labour, notice: '国办发明电〔2022〕16号' },
      { date: '2023-06-25', name: N.dragonBoat, notice: '国办发明电〔2022〕16号' },
      { date: '2023-10-07', name: N.nationalMidAutumn, notice: '国办发明电〔2022〕16号' },
      { date: '2023-10-08', name: N.nationalMidAutumn, notice: '国办发明电〔2022〕16号' },
    ],
  },
  {
    year: 2024,
    notices: [{ number: '国办发明电〔2023〕7号', title: title(2024), issued: '2023-10-25' }],
    holidays: [
      {
        name: N.newYear,
        from: '2024-01-01',
        to: '2024-01-01',
        notice: '国办发明电〔2023〕7号',
        text: '元旦：1月1日放假，与周末连休。',
      },
      // 除夕 (2024-02-09, a Friday) stays a working day: the notice only "鼓励…安排职工在除夕（2月9日）休息".
      {
        name: N.spring,
        from: '2024-02-10',
        to: '2024-02-17',
        notice: '国办发明电〔2023〕7号',
        text: '春节：2月10日至17日放假调休，共8天。2月4日（星期日）、2月18日（星期日）上班。',
      },
      {
        name: N.qingming,
        from: '2024-04-04',
        to: '2024-04-06',
        notice: '国办发明电〔2023〕7号',
        text: '清明节：4月4日至6日放假调休，共3天。4月7日（星期日）上班。',
      },
      {
        name: N.labour,
        from: '2024-05-01',
        to: '2024-05-05',
        notice: '国办发明电〔2023〕7号',
        text: '劳动节：5月1日至5日放假调休，共5天。4月28日（星期日）、5月11日（星期六）上班。',
      },
      {
        name: N.dragonBoat,
        from: '2024-06-10',
        to: '2024-06-10',
        notice: '国办发明电〔2023〕7号',
        text: '端午节：6月10日放假，与周末连休。',
      },
      {
        name: N.midAutumn,
        from: '2024-09-15',
        to: '2024-09-17',
        notice: '国办发明电〔2023〕7号',
        text: '中秋节：9月15日至17日放假调休，共3天。9月14日（星期六）上班。',
      },
      {
        name: N.national,
        from: '2024-10-01',
        to: '2024-10-07',
        notice: '国办发明电〔2023〕7号',
        text: '国庆节：10月1日至7日放假调休，共7天。9月29日（星期日）、10月12日（星期六）上班。',
      },
    ],
    workdays: [
      { date: '2024-02-04', name: N.spring, notice: '国办发明电〔2023〕7号' },
      { date: '2024-02-18', name: N.spring, notice: '国办发明电〔2023〕7号' },
      { date: '2024-04-07', name: N.qingming, notice: '国办发明电〔2023〕7号' },
      { date: '2024-04-28', name: N.labour, notice: '国办发明电〔2023〕7号' },
      { date: '2024-05-11', name: N.labour, notice: '国办发明电〔2023〕7号' },
      { date: '2024-09-14', name: N.midAutumn, notice: '国办发明电〔2023〕7号' },
      { date: '2024-09-29', name: N.national, notice: '国办发明电〔2023〕7号' },
      { date: '2024-10-12', name: N.national, notice: '国办发明电〔2023〕7号' },
    ],
  },
  {
    year: 2025,
    notices: [{ number: '国办发明电〔2024〕12号', title: title(2025), issued: '2024-11-12' }],
    holidays: [
      {
        name: N.newYear,
        from: '2025-01-01',
        to: '2025-01-01',
        notice: '国办发明电〔2024〕12号',
        text: '元旦：1月1日（周三）放假1天，不调休。',
      },
      {
        name: N.spring,
        from: '2025-01-28',
        to: '2025-02-04',
        notice: '国办发明电〔2024〕12号',
        text: '春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。',
      },
      {
        name: N.qingming,
        from: '2025-04-04',
        to: '2025-04-06',
        notice: '国办发明电〔2024〕12号',
        text: '清明节：4月4日（周五）至6日（周日）放假，共3天。',
      },
      {
        name: N.labour,
        from: '2025-05-01',
        to: '2025-05-05',
        notice: '国办发明电〔2024〕12号',
        text: '劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。',
      },
      {
        name: N.dragonBoat,
        from: '2025-05-31',
        to: '2025-06-02',
        notice: '国办发明电〔2024〕12号',
        text: '端午节：5月31日（周六）至6月2日（周一）放假，共3天。',
      },
      {
        name: N.nationalMidAutumn,
        from: '2025-10-01',
        to: '2025-10-08',
        notice: '国办发明电〔2024〕12号',
        text: '国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。',
      },
    ],
    workdays: [
      { date: '2025-01-26', name: N.spring, notice: '国办发明电〔2024〕12号' },
      { date: '2025-02-08', name: N.spring, notice: '国办发明电〔2024〕12号' },
      { date: '2025-04-27', name: N.labour, notice: '国办发明电〔2024〕12号' },
      { date: '2025-09-28', name: N.nationalMidAutumn, notice: '国办发明电〔2024〕12号' },
      { date: '2025-10-11', name: N.nationalMidAutumn, notice: '国办发明电〔2024〕12号' },
    ],
  },
  {
    year: 2026,
    notices: [{ number: '国办发明电〔2025〕7号', title: title(2026), issued: '2025-11-04' }],
    holidays: [
      {
        name: N.newYear,
        from: '2026-01-01',
        to: '2026-01-03',
        notice: '国办发明电〔2025〕7号',
        text: '元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。',
      },
      {
        name: N.spring,
        from: '2026-02-15',
        to: '2026-02-23',
        notice: '国办发明电〔2025〕7号',
        text: '春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。',
      },
      {
        name: N.qingming,
        from: '2026-04-04',
        to: '2026-04-06',
        notice: '国办发明电〔2025〕7号',
        text: '清明节：4月4日（周六）至6日（周一）放假，共3天。',
      },
      {
        name: N.labour,
        from: '2026-05-01',
        to: '2026-05-05',
        notice: '国办发明电〔2025〕7号',
        text: '劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。',
      },
      {
        name: N.dragonBoat,
        from: '2026-06-19',
        to: '2026-06-21',
        notice: '国办发明电〔2025〕7号',
        text: '端午节：6月19日（周五）至21日（周日）放假，共3天。',
      },
      {
        name: N.midAutumn,
        from: '2026-09-25',
        to: '2026-09-27',
        notice: '国办发明电〔2025〕7号',
        text: '中秋节：9月25日（周五）至27日（周日）放假，共3天。',
      },
      {
        name: N.national,
        from: '2026-10-01',
        to: '2026-10-07',
        notice: '国办发明电〔2025〕7号',
        text: '国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。',
      },
    ],
    workdays: [
      { date: '2026-01-04', name: N.newYear, notice: '国办发明电〔2025〕7号' },
      { date: '2026-02-14', name: N.spring, notice: '国办发明电〔2025〕7号' },
      { date: '2026-02-28', name: N.spring, notice: '国办发明电〔2025〕7号' },
      { date: '2026-05-09', name: N.labour, notice: '国办发明电〔2025〕7号' },
      { date: '2026-09-20', name: N.national, notice: '国办发明电〔2025〕7号' },
      { date: '2026-10-10', name: N.national, notice: '国办发明电〔2025〕7号' },
    ],
  },
] satisfies HolidayYear[]);
