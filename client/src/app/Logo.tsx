/** The product mark: a red seal with a star over joined hands of a table (a joint meeting). */
export function Logo({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="#C8102E" />
      <path d="M16 5.5l1.8 3.7 4 .6-2.9 2.8.7 4L16 14.7l-3.6 1.9.7-4-2.9-2.8 4-.6z" fill="#F5C342" />
      <path d="M7 21.5h18M9 21.5v4.5M23 21.5v4.5M11.5 18.5h9" stroke="#fff" strokeWidth="2" strokeLinecap="round" fill="none" />
    </svg>
  );
}
