// 定时任务 (admins): next fire times, last results, failures, run now.

export const ScheduledJobs = {
  nav: { jobs: '定时任务' },
  jobs: {
    pageTitle: '定时任务',
    subtitle: '系统按计划运行的后台任务：邮件发送、会议提醒、认领超期释放、督办检查、双报告等。',
    refresh: '刷新',
    empty: '没有定时任务',
    failingSummary: '{total} 个任务中有 {count} 个正在连续失败，请检查失败原因。',
    okSummary: '{total} 个任务运行正常。',
    runNow: '立即运行',
    started: '已触发“{name}”，稍后刷新查看结果',
    next: '下次运行',
    last: '上次运行',
    lastResult: '上次结果',
    counts: '运行 / 失败',
    countsValue: '{runs} 次 / {failures} 次',
    notScheduled: '未排期',
    neverRun: '从未运行',
    failingNow: '已连续失败 {count} 次，最近的错误：',
    lastFailure: '最近一次失败（{when}）：',
    triggers: '触发器（{count}）',
    health: { failing: '失败中', recovered: '曾失败', ok: '正常', never: '未运行' },
    trigger: {
      key: '触发器',
      state: '状态',
      next: '下次',
      previous: '上次',
      retry: '重试策略',
      retrying: '第 {n} 次重试',
    },
  },
} as const;
