// A regulator screens three insurers (Anhui, 建质规〔2025〕6号 一(三)) and two service firms (Xinzhou,
// 七、八) before they may do business, and prints the verdicts criterion by criterion.
// Run: npm run build && node examples/screening.mjs
import { checkInsurer, checkServiceFirm } from 'anzexian';

const asOf = '2026-02-15';
const quarters = (rows) =>
  rows.map(([quarter, comprehensive, core]) => ({ quarter, comprehensive, core }));
const solid = quarters([
  ['2025-Q1', 182.4, 141.0],
  ['2025-Q2', 176.9, 138.2],
  ['2025-Q3', 171.3, 135.5],
  ['2025-Q4', 168.0, 131.7],
]);

const insurers = [
  {
    name: 'Insurer A',
    goodReputation: true,
    majorViolationInLast3Years: false,
    outletsInEveryPrefecture: true,
    solvency: solid,
    hasPreventionManagers: true,
    meetsRegulatorConditions: true,
  },
  {
    name: 'Insurer B',
    goodReputation: true,
    majorViolationInLast3Years: false,
    outletsInEveryPrefecture: true,
    // one quarter below the 75% core floor
    solvency: quarters([
      ['2025-Q1', 131.0, 80.2],
      ['2025-Q2', 126.4, 74.6],
      ['2025-Q3', 128.8, 77.0],
      ['2025-Q4', 133.1, 79.9],
    ]),
    hasPreventionManagers: true,
    meetsRegulatorConditions: true,
  },
  {
    name: 'Insurer C',
    goodReputation: true,
    outletsInEveryPrefecture: true,
    // only three quarters reported, and no word on violations or the regulator's conditions
    solvency: solid.slice(1),
    hasPreventionManagers: true,
  },
];

const person = (name, title, certificates, safetyYears) => ({
  name,
  title,
  certificates,
  safetyYears,
});
const firms = [
  {
    facts: {
      name: 'Firm X',
      constructionSafetyCapability: true,
      qualityControlSystem: true,
      supervisionGrade: 'grade-b',
      goodReputation: true,
      enforcementOrBadConductInLast3Years: false,
      fixedPreventionTeam: true,
      fixedProjectTeams: true,
      visits: [
        { date: '2026-01-08', projectLeadOnSite: true, technicalStaff: 2 },
        { date: '2026-02-05', projectLeadOnSite: true, technicalStaff: 1 },
      ],
      interestInProjectParties: false,
      otherRolesOnServedProjects: [],
      subcontractsOrTransfersService: false,
    },
    staff: [
      person('Staff 1', 'senior', ['registered-safety-engineer'], 18),
      person('Staff 2', 'intermediate', ['first-class-constructor'], 12),
      person('Staff 3', 'intermediate', ['supervision-engineer'], 11),
      person('Staff 4', 'intermediate', ['fire-engineer'], 10),
      ...[1, 2, 3, 4, 5].map((k) => person(`Staff ${k + 4}`, 'junior', [], 5 + k)),
    ],
  },
  {
    facts: {
      name: 'Firm Y',
      constructionSafetyCapability: true,
      qualityControlSystem: true,
      supervisionGrade: 'grade-c',
      commissionedRiskServiceYears: 3,
      goodReputation: true,
      enforcementOrBadConductInLast3Years: false,
      fixedPreventionTeam: true,
      fixedProjectTeams: true,
      visits: [{ date: '2026-01-20', projectLeadOnSite: false, technicalStaff: 2 }],
      interestInProjectParties: false,
      otherRolesOnServedProjects: ['supervision'],
      subcontractsOrTransfersService: false,
    },
    // five people: enough only if one person may count in several tiers
    staff: [
      person('Staff A', 'senior', ['registered-safety-engineer'], 20),
      person('Staff B', 'intermediate', ['first-class-constructor'], 12),
      person('Staff C', 'intermediate', ['civil-engineer'], 10),
      person('Staff D', 'none', [], 6),
      person('Staff E', 'none', [], 5),
    ],
  },
];

const mark = { pass: '✓', fail: '✗', unknown: '?' };
function table(title, verdicts) {
  const ids = [...new Set(verdicts.flatMap((v) => v.criteria.map((c) => c.ruleId)))];
  console.log(`\n${title} (as of ${asOf})`);
  console.log(['rule'.padEnd(14), ...verdicts.map((v) => v.subject.padEnd(10))].join(' | '));
  for (const id of ids) {
    const cells = verdicts.map((v) => {
      const c = v.criteria.find((x) => x.ruleId === id);
      return `${c ? mark[c.status] : '-'} ${c?.status ?? ''}`.padEnd(10);
    });
    console.log([id.padEnd(14), ...cells].join(' | '));
  }
  console.log(
    ['overall'.padEnd(14), ...verdicts.map((v) => `${mark[v.status]} ${v.status}`.padEnd(10))].join(
      ' | ',
    ),
  );
  for (const v of verdicts) {
    for (const c of v.criteria.filter((x) => x.status !== 'pass'))
      console.log(`  ${v.subject} ${c.ruleId}: ${c.reason.en}`);
  }
}

table(
  'Insurers, Anhui',
  insurers.map((facts) => checkInsurer({ jurisdiction: 'anhui', asOf, facts })),
);
table(
  'Service firms, Xinzhou (staff tiers counted as distinct persons)',
  firms.map(({ facts, staff }) =>
    checkServiceFirm({ jurisdiction: 'xinzhou', asOf, facts, staff }),
  ),
);
const y = firms[1];
const overlapping = checkServiceFirm({
  jurisdiction: 'xinzhou',
  asOf,
  facts: y.facts,
  staff: y.staff,
  tierReading: 'overlapping',
});
console.log(
  `\nFirm Y under the overlapping reading, XZ-FIRM-05: ${overlapping.criteria.find((c) => c.ruleId === 'XZ-FIRM-05').status}`,
);
