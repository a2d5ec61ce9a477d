// 隐私查看记录: the audit of unmasked views of someone else's personal fields (DistrictAdmin).

export const Privacy = {
  privacy: {
    pageTitle: '隐私查看记录',
    subtitle: '每一次查看他人完整姓名、手机、邮箱或住址的记录：谁、看了谁、何时、因何可看（同一人在同一页面 10 分钟内重复查看合为一条）',
    repeated: '共查看 {count} 次，最后 {last}',
    filter: '筛选记录',
    subject: '被查看人',
    viewer: '查看人',
    since: '起始日期',
    sinceHint: '只看该日（北京时间）零点以后的记录',
    clear: '清除筛选',
    removeFilter: '取消筛选：{label}',
    filterBySubject: '只看被查看人 {name}',
    filterByViewer: '只看查看人 {name}',
    filterHint: '点击表格中的人名可按此人筛选；也可在账号详情中打开此人的记录。',
    caption: '隐私查看记录',
    empty: '没有符合条件的查看记录',
    emptyHint: '书记查看辖区党员、单位联络人或心愿居民的完整信息后，记录会出现在这里。',
    col: {
      at: '时间',
      viewer: '查看人',
      subject: '被查看人',
      fields: '查看内容',
      context: '场景',
      reason: '依据',
    },
    field: {
      name: '姓名',
      phone: '手机',
      email: '邮箱',
      address: '住址',
    },
    context: {
      account: '账号资料',
      'unit-contact': '单位联系人',
      'wish-resident': '微心愿居民信息',
    },
    reason: {
      secretary: '辖区书记',
      'unit-contact': '本单位联络人',
      granted: '认领人',
    },
    subjectKind: {
      unitContact: '{unit} 联系人',
      unitContactUnknown: '单位联系人',
      resident: '微心愿居民',
      unknown: '未知人员',
    },
    listSeparator: '、',
    person: '{name}（{login}）',
    chip: '{key}：{name}',
  },
  nav: {
    privacy: '隐私查看记录',
  },
} as const;
