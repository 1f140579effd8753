import { validateInput } from '../../src/engine/validate/validate-input';
import { addressOf } from '../../src/workbook/address/address-of';
import { describeIssues } from '../../src/workbook/describe/describe-issues';
import { readWorkbook } from '../../src/workbook/read/read-workbook';
import { MemoryHost, placed } from './memory-host';

const PARIS_WINTER = 3_600_000;

describe('a good workbook', () => {
  const host = new MemoryHost(
    [
      {
        name: 'Campaigns',
        cells: [
          [
            'Campaign ID',
            'Mission ID',
            'Name',
            'Status',
            'Budget Allocated',
            'Budget Spent',
            'Start Date',
            'End Date',
            'Currency',
            'Notes',
          ],
          ['C1', 'M1', 'Winter launch', 'Active', '€5,000', null, 46327, '2026-11-30', 'eur', 'note'],
          [null, null, null, null, null, null, null, null, null, null],
          ['C2', 'M1', 'Paused one', 'paused', 1000, 250.5, '2026-11-01 09:00', 46356.5, null, null],
        ],
      },
      {
        name: 'Q1 Tasks',
        cells: placed(
          [
            [
              'Task ID',
              'Campaign ID',
              'Title',
              'Status',
              'Critical',
              'Depends On',
              'Due Date',
              'Attempts',
              'Owner',
            ],
            ['T1', 'C1', 'Brief', 'completed', 'yes', null, 46340, null, 'Ann'],
            ['T2', 'C1', 'Ads', 'In Progress', 0, 'T1', '2026-11-20', 1, 'Bob'],
            ['T3', 'C1', 'Report', 'pending', null, 'T1; T2', null, null, null],
          ],
          3,
          2,
        ),
      },
      {
        name: 'KPIs',
        cells: [
          ['Campaign ID', 'Metric', 'Target', 'Type', 'Actual', 'Actual Source', 'Data ETA'],
          ['C1', 'ctr', 0.035, 'Primary', null, null, '2026-11-25'],
          ['C1', 'cpa', '€80', 'secondary', 95, 'estimated', null],
        ],
        formats: [[], [null, null, '0.0%']],
      },
      {
        name: 'Channel Metrics',
        cells: [
          ['Campaign ID', 'Channel', 'Date', 'Impressions', 'Clicks', 'Conversions', 'Cost'],
          ['C1', 'LinkedIn', 46349, '12,000', 240, 6, '€480.00'],
        ],
      },
      {
        name: 'Settings',
        cells: [
          ['Key', 'Value'],
          ['Time Zone', 'Europe/Paris'],
          ['Retry Limit', 4],
          ['Favourite Colour', 'blue'],
          ['As Of', 46350],
        ],
      },
      {
        name: 'Task Log',
        cells: [
          ['Time', 'Run ID', 'Task ID', 'From', 'To', 'Reason'],
          [46349.5, 'run-1', 'T1', 'in_progress', 'completed', 'done'],
        ],
      },
      {
        name: 'Memory',
        cells: [
          ['Recorded At', 'Run ID', 'Campaign ID', 'Mission ID', 'Label', 'Learning'],
          ['2026-11-23T11:00:00.000Z', 'run-1', 'C1', 'M1', '[MEASURED]', '[MEASURED] LinkedIn CTR 2.0%'],
        ],
      },
    ],
    [
      { name: 'Tasks', sheet: 'Q1 Tasks', top: 3, left: 2, rows: 4, columns: 9 },
      { name: 'KPIs', sheet: 'KPIs', top: 1, left: 1, rows: 3, columns: 7 },
      { name: 'Learnings', sheet: 'Memory', top: 1, left: 1, rows: 2, columns: 6 },
    ],
  );

  it('reads every table into the model in two host calls', async () => {
    const result = await readWorkbook(host);
    expect(host.calls).toEqual(['inventory', 'read']);
    if (!result.ok)
      throw new Error(
        describeIssues(result.issues, result.sourceMap)
          .map((i) => i.text)
          .join('\n'),
      );
    const { input } = result;
    // Paris is UTC+1 in November: local midnight is 23:00 UTC the day before.
    expect(input.campaigns).toEqual([
      {
        campaignId: 'C1',
        missionId: 'M1',
        name: 'Winter launch',
        status: 'active',
        budgetAllocated: 5000,
        budgetSpent: null,
        startAt: Date.UTC(2026, 10, 1) - PARIS_WINTER, // serial 46327 = 2026-11-01, start of day
        endAt: Date.UTC(2026, 11, 1) - PARIS_WINTER, // through 2026-11-30: the next midnight
        currency: 'EUR',
      },
      {
        campaignId: 'C2',
        missionId: 'M1',
        name: 'Paused one',
        status: 'paused',
        budgetAllocated: 1000,
        budgetSpent: 250.5,
        startAt: Date.UTC(2026, 10, 1, 9) - PARIS_WINTER,
        endAt: Date.UTC(2026, 10, 30, 12) - PARIS_WINTER, // serial 46356.5 = 2026-11-30 12:00
        currency: null,
      },
    ]);
    expect(
      input.tasks.map((t) => [t.taskId, t.status, t.critical, t.dependsOn, t.dueAt, t.attempts]),
    ).toEqual([
      ['T1', 'completed', true, [], Date.UTC(2026, 10, 15) - PARIS_WINTER, 0], // serial 46340 = 2026-11-14
      ['T2', 'in_progress', false, ['T1'], Date.UTC(2026, 10, 21) - PARIS_WINTER, 1],
      ['T3', 'pending', false, ['T1', 'T2'], null, 0],
    ]);
    expect(input.kpis).toEqual([
      {
        campaignId: 'C1',
        metric: 'ctr',
        target: '3.5%',
        type: 'primary',
        actual: null,
        actualSource: 'measured',
        dataEta: '2026-11-25',
      },
      {
        campaignId: 'C1',
        metric: 'cpa',
        target: '€80',
        type: 'secondary',
        actual: 95,
        actualSource: 'estimated',
        dataEta: null,
      },
    ]);
    expect(input.channelMetrics).toEqual([
      {
        campaignId: 'C1',
        channel: 'LinkedIn',
        adCampaign: null,
        date: '2026-11-23',
        impressions: 12000,
        clicks: 240,
        conversions: 6,
        cost: 480,
        revenue: null,
        engagements: null,
        source: 'measured',
      },
    ]);
    expect(input.taskUpdates).toEqual([]);
    expect(input.settings).toMatchObject({
      timeZone: 'Europe/Paris',
      retryLimit: 4,
      asOf: Date.UTC(2026, 10, 25) - PARIS_WINTER, // As Of 2026-11-24, date only: the end of that day
      blockedEscalationHours: 24,
    });
    expect(result.logs).toEqual({
      taskLog: [
        {
          index: 0,
          time: Date.UTC(2026, 10, 23, 12) - PARIS_WINTER,
          runId: 'run-1',
          taskId: 'T1',
          from: 'in_progress',
          to: 'completed',
          reason: 'done',
          update: null,
          before: null,
        },
      ],
      learnings: [{ campaignId: 'C1', learning: '[MEASURED] LinkedIn CTR 2.0%' }],
      campaignHistory: [],
    });
    expect(describeIssues(result.warnings, result.sourceMap).map((w) => w.text)).toEqual([
      'Settings!A4: unknown setting "Favourite Colour" (ignored)',
    ]);
  });

  it('gives the engine an input its own validation accepts', async () => {
    const result = await readWorkbook(host);
    if (!result.ok) throw new Error('expected a model');
    const checked = validateInput(result.input);
    expect(checked.ok ? [] : checked.issues).toEqual([]);
  });

  it('maps model paths back to the cells they came from', async () => {
    const result = await readWorkbook(host);
    const { sourceMap } = result;
    expect(Object.keys(sourceMap)).toEqual([
      'campaigns',
      'tasks',
      'kpis',
      'channelMetrics',
      'settings',
      'taskLog',
      'learnings',
    ]);
    expect(sourceMap.tasks).toMatchObject({
      sheet: 'Q1 Tasks',
      headerRow: 3,
      firstColumn: 2,
      width: 9,
      rows: [4, 5, 6],
      nextRow: 7,
    });
    expect(sourceMap.campaigns).toMatchObject({ rows: [2, 4], nextRow: 5, width: 10 });
    expect(addressOf(sourceMap, ['tasks', 1, 'status'])?.a1).toBe("'Q1 Tasks'!E5");
    expect(addressOf(sourceMap, ['campaigns', 1, 'endAt'])?.a1).toBe('Campaigns!H4');
    expect(addressOf(sourceMap, ['kpis', 0, 'target'])?.a1).toBe('KPIs!C2');
    expect(addressOf(sourceMap, ['settings', 'retryLimit'])?.a1).toBe('Settings!B3');
    expect(addressOf(sourceMap, ['taskLog'])?.a1).toBe("'Task Log'!A1:F1");
    expect(sourceMap.learnings).toMatchObject({
      source: { kind: 'table', name: 'Learnings' },
      sheet: 'Memory',
      nextRow: 3,
    });
    expect(result.inventory.sheets).toContain('Memory');
  });
});

describe('a bad workbook', () => {
  const host = new MemoryHost(
    [
      {
        name: 'Campaigns',
        cells: [
          ['Campaign ID', 'Mission ID', 'Name', 'Status', 'Budget Allocated', 'Start Date', 'End Date'],
          ['C1', 'M1', 'Launch', 'running', -500, '2026-11-01', '03/04/2026'],
          ['C2', null, 'Second', 'active', '1.000,50', { error: '#N/A' }, '2026-12-01'],
        ],
      },
      {
        name: "It's Q1",
        cells: placed(
          [
            ['Task ID', 'Title', 'Status', 'Estimated Hours', 'Critical', 'Due Date'],
            ['T1', 'Brief', 'done', 'abc', 'maybe', '2026-11-31'],
          ],
          2,
          2,
        ),
      },
      {
        name: 'KPIs',
        cells: [
          ['Campaign ID', 'Metric', 'Type'],
          ['C1', 'ctr', 'primary'],
        ],
      },
      {
        name: 'Task Updates',
        cells: [
          ['Task ID', 'New Status', 'Hours', 'hours'],
          ['T1', 'Done', -1, 5],
        ],
      },
      {
        name: 'Settings',
        cells: [
          ['Key', 'Value'],
          ['Time Zone', 'Mars/Olympus'],
          ['Colour', 'blue'],
        ],
      },
    ],
    [{ name: 'Tasks', sheet: "It's Q1", top: 2, left: 2, rows: 2, columns: 6 }],
  );

  it('reports every error of every table at once, each with its address', async () => {
    const result = await readWorkbook(host);
    expect(host.calls).toEqual(['inventory', 'read']);
    if (result.ok) throw new Error('expected errors');
    expect(describeIssues(result.issues, result.sourceMap).map((i) => i.text)).toEqual([
      'Campaigns!D2: Status "running" is not one of active, paused, completed, cancelled',
      'Campaigns!E2: Budget Allocated -500 must not be negative',
      'Campaigns!G2: End Date "03/04/2026" is not a year-month-day date: write it as 2026-03-04 or 2026-04-03, or enter it as an Excel date',
      'Campaigns!B3: Mission ID is required',
      'Campaigns!E3: Budget Allocated "1.000,50" is written with a decimal comma (1000.5): enter 1000.5, or set Settings Number Format to 1.234,56',
      'Campaigns!F3: Start Date holds the Excel error #N/A',
      "'It''s Q1'!B2:G2: Tasks has no column \"Campaign ID\" (required)",
      "'It''s Q1'!D3: Status \"done\" is not one of pending, in_progress, completed, blocked, failed, cancelled",
      "'It''s Q1'!E3: Estimated Hours \"abc\" is not a number",
      "'It''s Q1'!F3: Critical \"maybe\" is not TRUE or FALSE (also yes/no, 1/0)",
      "'It''s Q1'!G3: Due Date \"2026-11-31\" is not a date or date-time",
      'KPIs!A1:C1: KPIs has no column "Target" (required)',
      'ChannelMetrics: the workbook has no table or sheet named "ChannelMetrics"',
      '\'Task Updates\'!C1: TaskUpdates has two columns named "Hours"',
      "'Task Updates'!C2: Hours -1 must not be negative",
      'Settings!B2: Time Zone "Mars/Olympus" is not an IANA time zone such as Europe/Paris',
      'Settings!A3: unknown setting "Colour" (ignored)',
    ]);
  });
});

describe("the engine's checks across rows", () => {
  it('are addressed through the source map', async () => {
    const host = new MemoryHost(
      [
        {
          name: 'Campaigns',
          cells: [
            ['Campaign ID', 'Mission ID', 'Name', 'Status', 'Budget Allocated', 'Start Date', 'End Date'],
            ['C1', 'M1', 'Launch', 'active', 1000, '2026-11-01', '2026-11-30'],
          ],
        },
        {
          name: 'Sheet1',
          cells: placed(
            [
              ['Task ID', 'Campaign ID', 'Title', 'Status', 'Depends On'],
              ['T1', 'C1', 'A', 'pending', null],
              [null, null, null, null, null],
              ['T1', 'C9', 'B', 'pending', 'T7'],
            ],
            4,
            3,
          ),
        },
        {
          name: 'KPIs',
          cells: [
            ['Campaign ID', 'Metric', 'Target', 'Type'],
            ['C1', 'ctr', '2%', 'primary'],
          ],
        },
        {
          name: 'ChannelMetrics',
          cells: [['Campaign ID', 'Channel', 'Impressions', 'Clicks', 'Conversions', 'Cost']],
        },
        {
          name: 'Settings',
          cells: [
            ['Key', 'Value'],
            ['Time Zone', 'UTC'],
            ['As Of', '2026-11-15'],
          ],
        },
      ],
      [{ name: 'Tasks', sheet: 'Sheet1', top: 4, left: 3, rows: 4, columns: 5 }],
    );
    const result = await readWorkbook(host);
    if (!result.ok)
      throw new Error(
        describeIssues(result.issues, result.sourceMap)
          .map((i) => i.text)
          .join('\n'),
      );
    const checked = validateInput(result.input);
    if (checked.ok) throw new Error('expected the engine to find errors');
    const lines = describeIssues(checked.issues, result.sourceMap).map((i) => i.text);
    // Tasks header at C4: rows 5 and 7 (row 6 is blank); Task ID in C, Campaign ID in D, Depends On in G.
    expect(lines).toContain('Sheet1!C7: Task ID "T1" is used again (first at Sheet1!C5)');
    expect(lines).toContain('Sheet1!D7: Campaign ID "C9" does not exist in Campaigns');
    expect(lines.some((l) => l.startsWith('Sheet1!G7: '))).toBe(true);
  });
});

describe('hostile workbooks', () => {
  const header = ['Task ID', 'Campaign ID', 'Title', 'Status'];
  const base = [
    {
      name: 'Campaigns',
      cells: [['Campaign ID', 'Mission ID', 'Name', 'Status', 'Budget Allocated', 'Start Date', 'End Date']],
    },
    { name: 'KPIs', cells: [['Campaign ID', 'Metric', 'Target']] },
    {
      name: 'ChannelMetrics',
      cells: [['Campaign ID', 'Channel', 'Impressions', 'Clicks', 'Conversions', 'Cost']],
    },
  ];

  it('reads empty tables as no rows', async () => {
    const result = await readWorkbook(
      new MemoryHost([...base, { name: 'Tasks', cells: [header] }, { name: 'TaskUpdates', cells: [] }]),
    );
    if (!result.ok)
      throw new Error(
        describeIssues(result.issues, result.sourceMap)
          .map((i) => i.text)
          .join('\n'),
      );
    expect(result.input).toMatchObject({
      campaigns: [],
      tasks: [],
      kpis: [],
      channelMetrics: [],
      taskUpdates: [],
    });
    expect(result.sourceMap.taskUpdates).toMatchObject({ width: 0, rows: [], nextRow: 2 });
  });

  it('still needs a header in a required table', async () => {
    const result = await readWorkbook(new MemoryHost([...base, { name: 'Tasks', cells: [] }]));
    if (result.ok) throw new Error('expected errors');
    expect(describeIssues(result.issues, result.sourceMap).map((i) => i.text)).toEqual([
      'Tasks!A1: Tasks has no header row',
    ]);
  });

  it('keeps object-key names and formula-like texts as plain data', async () => {
    const result = await readWorkbook(
      new MemoryHost([
        ...base,
        {
          name: 'Tasks',
          cells: [
            ['__proto__', ...header, 'constructor', 'toString'],
            ['x', '__proto__', 'constructor', '=HYPERLINK("http://evil","click")', 'pending', 'y', 'z'],
            ['x', 'toString', '+cmd', '@SUM(A1:A9)', 'pending', 'y', 'z'],
          ],
        },
      ]),
    );
    if (!result.ok) throw new Error('expected a model');
    expect(result.input.tasks.map((t) => [t.taskId, t.campaignId, t.title])).toEqual([
      ['__proto__', 'constructor', '=HYPERLINK("http://evil","click")'],
      ['toString', '+cmd', '@SUM(A1:A9)'],
    ]);
    for (const task of result.input.tasks) expect(Object.getPrototypeOf(task)).toBe(Object.prototype);
  });

  it('refuses a 100,000-character cell with a short message', async () => {
    const long = 'x'.repeat(100_000);
    const result = await readWorkbook(
      new MemoryHost([...base, { name: 'Tasks', cells: [header, ['T1', 'C1', long, long]] }]),
    );
    if (result.ok) throw new Error('expected errors');
    const lines = describeIssues(result.issues, result.sourceMap).map((i) => i.text);
    expect(lines).toEqual([
      'Tasks!C2: Title is 100000 characters long; at most 32767 are allowed',
      `Tasks!D2: Status "${'x'.repeat(60)}… (100000 characters)" is not one of pending, in_progress, completed, blocked, failed, cancelled`,
    ]);
  });
});
