import type { HTMLAttributes, ReactNode } from 'react';

export interface CardProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  title?: ReactNode;
  /** Right side of the header: a count, a link, an action. */
  extra?: ReactNode;
  description?: ReactNode;
  /** Heading level for the title, to keep the page outline right. */
  level?: 2 | 3;
  padded?: boolean;
}

export function Card({ title, extra, description, level = 2, padded = true, className, children, ...rest }: CardProps) {
  const H = level === 2 ? 'h2' : 'h3';
  return (
    <section className={['jm-card', className].filter(Boolean).join(' ')} {...rest}>
      {(title || extra) && (
        <header className="jm-card__header">
          <div className="jm-card__titles">
            {title && <H className="jm-card__title">{title}</H>}
            {description && <p className="jm-card__description">{description}</p>}
          </div>
          {extra && <div className="jm-card__extra">{extra}</div>}
        </header>
      )}
      <div className={padded ? 'jm-card__body' : undefined}>{children}</div>
    </section>
  );
}
