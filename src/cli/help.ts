// The help texts and the version of the command line, apart from the commands themselves, so that
// `anzexian --help` answers without loading the library (issue 21, item 4: cold start).

/** The version `anzexian --version` prints. */
export const VERSION = '0.1.0';

/** The help of the command line (`main`) and of each command. */
export const HELP: Record<string, string> = {
  main: `anzexian ${VERSION} — 安责险 rules as exact, cited functions

Usage: anzexian <command> [options]      anzexian help <command>

Commands:
  profiles     list the jurisdictions, or show one as of a date
  quote        quote a premium, with its worksheet
  check        check an insurer, firm, quote letter, policy, project or enterprise
  coverage     coverage of a roster (CSV or JSON) against the targets in force
  report       build and render a report (dashboard, Jingzhou forms, Anhua annual report)
  calendar     the compliance calendar (JSON or iCalendar)
  budget       the prevention-service budget cap
  ledger       audit a prevention-spending ledger
  cases        run a table of hand-worked cases against a jurisdiction (exit 1 if any fails)

Every command takes --help, --format (the formats it lists) and --out FILE (written atomically); an
option a command does not read is refused. Dates: --as-of YYYY-MM-DD or --as-of today.
Exit codes: 0 ok, 1 a check failed or a coverage target is missed, 2 bad input, 3 internal error.
Anything clamped, capped or assumed is said on stderr as a note.
Example: anzexian quote --jurisdiction anhui --as-of 2026-01-01 --amount 12000000`,
  profiles: `anzexian profiles [--id ID --as-of DATE] [--format json|md]
Example: anzexian profiles --id anhui --as-of 2026-01-01 --format md`,
  quote: `anzexian quote --jurisdiction ID --as-of DATE --amount AMOUNT [--base-kind KIND] [--rate RATE]
        [--adjust=PERCENT:REASON]... [--combine additive] [--reject] [--input quote.json] [--format json|md]
RATE: with its unit, 1.8‰ or 0.18% (a bare number is refused); without it the profile's reference rate
(Anhui 1.65‰). A rate outside the band is clamped (said on stderr), or refused with --reject.
(write a negative adjustment as --adjust=-10:claims-free)
Batch: --input projects.csv|projects.xlsx prices every row (columns id/编号, amount/合同金额, and optionally
name/项目名称, rate/费率, adjust/浮动比例 with reason/浮动原因, baseKind/计费基数, asOf/报价日期) and writes
one table (--format csv|json|md, or xlsx with --out FILE.xlsx): premium, band, clamping and rule IDs
per row. Any bad row: exit 2 with every bad cell, and nothing written.
Example: anzexian quote --jurisdiction anhui --as-of 2026-01-01 --amount 1200万元 --adjust=-10:claims-free --format md`,
  check: `anzexian check insurer|firm|quote-letter|policy|project|enterprise --input FACTS.json [--format json|md]
        check firm … [--staff STAFF.csv|STAFF.xlsx [--encoding auto|utf-8|gbk]]
FACTS.json is the input object of the matching library function (checkInsurer, checkServiceFirm, …).
--staff: the firm's staff list (姓名, 职称, 注册证书, 安全管理年限), instead of "staff" in FACTS.json.
Example: anzexian check insurer --input examples/data/insurer.json`,
  coverage: `anzexian coverage --jurisdiction ID --as-of DATE --input ROSTER.csv|ROSTER.xlsx|ROSTER.json|- [--encoding auto|utf-8|gbk]
        [--format json|md|csv|csv-table|html|xlsx] [--mode explained|official]
ROSTER.xlsx: the first sheet. Renewal rows (the same 编号 again) are merged into one unit.
Headers in English or Chinese: id/编号, kind/类型, sector/行业, inStatistics/是否纳入统计, projectKind/项目类别,
startDate/开工日期, policyFrom/保险起期, policyTo/保险止期 …
Example: anzexian coverage --jurisdiction jingzhou --as-of 2021-12-31 --input examples/data/jingzhou-roster.csv --format md`,
  report: `anzexian report dashboard|jingzhou-annex-1…7|anhua-annual [options] [--format md|csv|csv-table|html|json|xlsx]
        [--mode explained|official] [--out FILE]
  --mode official: the form to file — 附件N, Chinese only, no rule IDs, dates as 2021年12月31日, sign-off lines
  --format csv-table: one table that strict CSV parsers read; xlsx needs --out FILE.xlsx
  dashboard, jingzhou-annex-2…7: --input ROSTER.csv --as-of DATE (annex 4/5: --year Y --quarter Q) [--unit 填报单位]
  anhua-annual: --insurer NAME --year YEAR
Example: anzexian report jingzhou-annex-4 --input examples/data/jingzhou-roster.csv --year 2021 --quarter 3 --unit 荆州区住建局`,
  calendar: `anzexian calendar --jurisdiction ID --from DATE --to DATE [--format json|ics] [--stamp DATE]
        [--art203 all|counted-periods|off]
A deadline on a statutory rest day moves to the day after the rest ends (Civil Code art. 203);
--art203 counted-periods leaves fixed due dates alone, off moves nothing.
Example: anzexian calendar --jurisdiction jingzhou --from 2020-01-01 --to 2022-12-31 --format ics --out jingzhou.ics`,
  budget: `anzexian budget --jurisdiction ID --as-of DATE --collected AMOUNT
Example: anzexian budget --jurisdiction anhui --as-of 2026-01-01 --collected 19800.03`,
  cases: `anzexian cases --input CASES.yaml|CASES.json|- [--jurisdiction ID | --profile PROFILE.json] [--format text|json]
Runs a case table: each case names a rule, quotes its clause, calls a capability (quotePremium, checkProject,
checkEnterprise, coverageStatus, policyPeriod, …) as of a date and lists the values the result must hold
(paths such as premium.amount or criteria[ruleId=AH-SCOPE-01].status). Prints each case pass or FAIL with
every difference (expected, got); exit 1 if any case fails, 2 for a bad file (with its line and column).
--jurisdiction ID: run every case under this shipped jurisdiction (else the file's or the case's).
--profile FILE: under your own profile (defineProfile) or jurisdiction ({ "versions": [...] }), JSON or YAML.
The format, field by field: docs/cases.md. The shipped tables: src/jurisdictions/<id>/cases.yaml.
Example: anzexian cases --input src/jurisdictions/anhui/cases.yaml`,
  ledger: `anzexian ledger --jurisdiction anhui --as-of DATE --policies POLICIES.json|csv|xlsx --input ENTRIES.csv|xlsx
        [--encoding auto|utf-8|gbk] [--format json|md]
ENTRIES: id/编号, date/日期, amount/金额, category/费用类别, policy/保单号 (a title row above the header is
skipped; categories by code or by AH-PREV-01's names). POLICIES: policy/保单号, collected/实收保费,
from/保险起期, to/保险止期, or the library's JSON array. Any bad cell: exit 2 with every bad cell.
Example: anzexian ledger --jurisdiction anhui --as-of 2026-12-31 --policies examples/data/policies.json --input examples/data/ledger.csv`,
};

/**
 * The answer to the plain help and version requests — `--help`/`-h`, `help [COMMAND]`,
 * `COMMAND --help`/`-h`, `--version`/`-v` — exactly as the full command line prints it (exit 0);
 * null for anything else, which the full command line handles (and refuses where it must).
 */
export function quickAnswer(argv: readonly string[]): string | null {
  const [first, second, ...rest] = argv;
  if (rest.length > 0) return null;
  const isHelp = (a: string | undefined) => a === '--help' || a === '-h';
  let text: string | undefined;
  if (second === undefined && (first === '--version' || first === '-v')) text = VERSION;
  else if (second === undefined && isHelp(first)) text = HELP['main'];
  else if (first === 'help') text = HELP[second ?? 'main'];
  else if (first !== undefined && !first.startsWith('-') && isHelp(second)) text = HELP[first];
  else if (isHelp(first) && second !== undefined && !second.startsWith('-')) text = HELP[second];
  return text === undefined ? null : `${text}\n`;
}
