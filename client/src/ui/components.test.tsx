// Accessibility wiring of the shared components, checked on server-rendered markup (no DOM needed).
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Button } from './Button';
import { DataTable } from './DataTable';
import { Field } from './Field';
import { FilePicker } from './FilePicker';
import { Input, Select } from './Input';
import { Pagination } from './Pagination';
import { Badge } from './StatusTag';

const attr = (html: string, re: RegExp) => re.exec(html)?.[1];

describe('Field', () => {
  it('ties label, input, hint and error together', () => {
    const html = renderToStaticMarkup(
      <Field label="Title" hint="At most 50" error="Required" required>
        <Input name="title" />
      </Field>,
    );
    const id = attr(html, /<input[^>]* id="([^"]+)"/);
    expect(id).toBeTruthy();
    expect(html).toContain(`for="${id}"`);
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain(`aria-describedby="${id}-hint ${id}-error"`);
    expect(html).toContain(`id="${id}-error"`);
    expect(html).toContain('role="alert"');
    expect(html).toContain('aria-required="true"');
  });

  it('keeps an id the caller gave and leaves a valid field unmarked', () => {
    const html = renderToStaticMarkup(
      <Field label="Kind">
        <Select id="kind" options={[{ value: 'a', label: 'A' }]} />
      </Field>,
    );
    expect(html).toContain('for="kind"');
    expect(html).toContain('<select id="kind"');
    expect(html).not.toContain('aria-invalid');
    expect(html).not.toContain('aria-describedby');
  });
});

describe('Button', () => {
  it('is a plain button by default and busy blocks it', () => {
    const html = renderToStaticMarkup(
      <Button busy busyLabel="Saving">
        Save
      </Button>,
    );
    expect(html).toContain('type="button"');
    expect(html).toContain('disabled=""');
    expect(html).toContain('aria-busy="true"');
    expect(html).toContain('Saving');
  });
});

describe('DataTable', () => {
  it('labels every cell with its column for the phone card view', () => {
    const html = renderToStaticMarkup(
      <DataTable
        caption="Wishes"
        rowKey={(r: { id: string }) => r.id}
        rows={[{ id: '1' }, { id: '2' }]}
        columns={[
          { key: 'id', header: 'No.', render: (r) => r.id, primary: true },
          { key: 'x', header: 'State', render: () => 'ok' },
        ]}
      />,
    );
    expect(html).toContain('<caption');
    expect(html.match(/data-label="State"/g)).toHaveLength(2);
    expect(html).toContain('scope="col"');
    expect(html).toContain('jm-table__primary');
  });

  it('shows the empty state instead of an empty table', () => {
    const html = renderToStaticMarkup(<DataTable caption="c" rowKey={() => ''} rows={[]} columns={[]} empty={<p>none</p>} />);
    expect(html).toBe('<p>none</p>');
  });
});

describe('Pagination', () => {
  it('marks the current page and disables the ends', () => {
    const html = renderToStaticMarkup(<Pagination page={1} totalPages={3} onChange={() => {}} />);
    expect(html).toContain('aria-current="page"');
    expect(html.match(/disabled=""/g)).toHaveLength(1);
    expect(html).toContain('<nav');
  });
});

describe('Badge', () => {
  it('shows nothing for zero and caps large counts', () => {
    expect(renderToStaticMarkup(<Badge count={0} />)).toBe('');
    expect(renderToStaticMarkup(<Badge count={120} />)).toContain('99+');
  });
});

describe('FilePicker', () => {
  it('keeps a real file input under the field label and shows Chinese words instead of the browser button', () => {
    const html = renderToStaticMarkup(
      <Field label="Photos" hint="JPG" error="Too big">
        <FilePicker accept="image/png" multiple onFiles={() => {}} />
      </Field>,
    );
    const id = attr(html, /<input[^>]* id="([^"]+)"/);
    expect(id).toBeTruthy();
    expect(html).toContain('type="file"');
    expect(html).toContain('accept="image/png"');
    expect(html).toContain(`aria-describedby="${id}-hint ${id}-error"`);
    // the field's label and the button-styled label both point at the input
    expect(html.split(`for="${id}"`).length - 1).toBe(2);
    expect(html).toContain('选择文件');
    expect(html).toContain('未选择文件');
  });
});
