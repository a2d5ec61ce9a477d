// 我的 → 修改密码.

export const Accounts = {
  accountSecurity: {
    title: '修改密码',
    hint: '定期更换密码；新密码不要与其他网站相同。',
    old: '当前密码',
    new: '新密码',
    repeat: '再次输入新密码',
    rule: '至少 8 位，须同时包含字母和数字',
    submit: '修改密码',
    changed: '密码已修改，下次登录请使用新密码。',
    oldRequired: '请输入当前密码',
    tooShort: '新密码至少 {min} 位',
    weak: '新密码须同时包含字母和数字',
    same: '新密码不能与当前密码相同',
    mismatch: '两次输入的新密码不一致',
  },
} as const;
