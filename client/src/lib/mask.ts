// Display forms of personal fields, the same rules as the server's Masking (src/JointMeeting.Domain/Common/Masking.cs).
// Privacy is enforced by the server, which sends masked values to whoever may not see them;
// these helpers are for showing a value the client holds (e.g. previews) the same way.

/** 13812341234 → 138****1234; short numbers keep only their last two digits. */
export function maskPhone(phone: string | null | undefined): string {
  if (!phone) return '';
  if (phone.length >= 7) return phone.slice(0, 3) + '*'.repeat(phone.length - 7) + phone.slice(-4);
  return '*'.repeat(Math.max(0, phone.length - 2)) + phone.slice(-Math.min(2, phone.length));
}

/** 张三华 → 张*华, 张三 → 张*, 欧阳明月 → 欧**月 (by characters, not UTF-16 units). */
export function maskName(name: string | null | undefined): string {
  if (!name) return '';
  const chars = Array.from(name);
  if (chars.length === 1) return name;
  if (chars.length === 2) return chars[0] + '*';
  return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1];
}

/** Keeps only the building: "石井街某某社区3栋2单元501" → "3栋"; without a building, nothing readable. */
export function maskAddress(address: string | null | undefined): string {
  if (!address || !address.trim()) return '';
  const m = /[0-9A-Za-z一二三四五六七八九十百零]+(栋|幢|号楼|座)/.exec(address);
  return m ? m[0] : '****';
}

/** zhangsan@example.com → z***@example.com. */
export function maskEmail(email: string | null | undefined): string {
  if (!email) return '';
  const at = email.indexOf('@');
  return at <= 0 ? '****' : email[0] + '***' + email.slice(at);
}

/** Whether a value already came masked from the server (so the UI can mark it as hidden). */
export function isMasked(value: string | null | undefined): boolean {
  return !!value && /\*{1,}/.test(value);
}
