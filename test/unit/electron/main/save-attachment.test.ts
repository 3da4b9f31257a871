import { describe, expect, it } from 'vitest';
import { HelpdeskError } from '../../../../electron/core/errors.js';
import type { AttachmentContent } from '../../../../electron/core/mail/attachment-content.js';
import {
  defaultSaveName,
  saveAttachmentHandler,
  type ReadAttachment,
} from '../../../../electron/main/save-attachment.js';

const PDF: AttachmentContent = {
  filename: 'invoice.pdf',
  contentType: 'application/pdf',
  content: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]),
};

interface Scenario {
  name: string;
  read: ReadAttachment;
  /** What the user does in the dialog: a path, or null for Cancel. */
  choose: string | null;
  writeFails?: boolean;
  expected: unknown;
  /** What the dialog proposed (null: it must never have been shown). */
  proposed: string | null;
  written: [string, number[]][];
  why: string;
}

const readPdf: ReadAttachment = async () => PDF;

const scenarios: Scenario[] = [
  {
    name: 'saved',
    read: readPdf,
    choose: '/home/u/Downloads/invoice.pdf',
    expected: { ok: true, value: { saved: true } },
    proposed: 'invoice.pdf',
    written: [['/home/u/Downloads/invoice.pdf', [...PDF.content]]],
    why: 'the bytes go to the path the user chose',
  },
  {
    name: 'cancelled',
    read: readPdf,
    choose: null,
    expected: { ok: true, value: { saved: false } },
    proposed: 'invoice.pdf',
    written: [],
    why: 'Cancel is a choice, not an error, and writes nothing',
  },
  {
    name: 'bad index',
    read: async (id, index) => {
      throw new HelpdeskError('not-found', `Message ${id} has no attachment ${index}`);
    },
    choose: '/tmp/x',
    expected: { ok: false, error: { code: 'not-found', message: 'Message m1 has no attachment 0' } },
    proposed: null,
    written: [],
    why: 'read fails before any dialog is shown',
  },
  {
    name: 'store failure',
    read: async () => {
      throw new Error('pack file truncated');
    },
    choose: '/tmp/x',
    expected: {
      ok: false,
      error: { code: 'internal', message: 'The attachment could not be read: pack file truncated' },
    },
    proposed: null,
    written: [],
    why: 'an unexpected read error is internal, with a reason for the log',
  },
  {
    name: 'write error',
    read: readPdf,
    choose: '/readonly/invoice.pdf',
    writeFails: true,
    expected: { ok: false, error: { code: 'internal', message: 'The file could not be written: EACCES' } },
    proposed: 'invoice.pdf',
    written: [['/readonly/invoice.pdf', [...PDF.content]]],
    why: 'a disk or permission failure is reported, not swallowed as saved',
  },
  {
    name: 'hostile path name',
    read: async () => ({ ...PDF, filename: '../../etc/passwd' }),
    choose: '/home/u/Downloads/passwd',
    expected: { ok: true, value: { saved: true } },
    proposed: 'passwd',
    written: [['/home/u/Downloads/passwd', [...PDF.content]]],
    why: 'a name from the mail never becomes a path',
  },
];

describe('shell:save-attachment', () => {
  it.each(scenarios)('$name ($why)', async (s) => {
    const proposed: string[] = [];
    const written: [string, number[]][] = [];
    const handler = saveAttachmentHandler(
      s.read,
      async (name) => {
        proposed.push(name);
        return s.choose;
      },
      async (path, content) => {
        written.push([path, [...content]]);
        if (s.writeFails) throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
      },
    );
    expect(await handler({ id: 'm1', index: 0 })).toEqual(s.expected);
    expect(proposed).toEqual(s.proposed === null ? [] : [s.proposed]);
    expect(written).toEqual(s.written);
  });

  it('reads the attachment the window named by message id and index', async () => {
    const asked: [string, number][] = [];
    const handler = saveAttachmentHandler(
      async (id, index) => {
        asked.push([id, index]);
        return PDF;
      },
      async () => null,
      async () => undefined,
    );
    await handler({ id: 'inbox:1:7', index: 3 });
    expect(asked).toEqual([['inbox:1:7', 3]]);
  });
});

// [filename from the mail, content type, the name the dialog proposes, why]
const names: [string, string, string, string][] = [
  ['invoice.pdf', 'application/pdf', 'invoice.pdf', 'an ordinary name is kept'],
  ['取扱説明書.txt', 'text/plain', '取扱説明書.txt', 'Japanese names are kept'],
  ['../../etc/passwd', 'text/plain', 'passwd', 'directory parts are dropped'],
  ['C:\\Windows\\System32\\evil.dll', 'application/octet-stream', 'evil.dll', 'Windows paths too'],
  ['a\u202Egnp.exe', 'image/png', 'agnp.exe', 'a bidi override cannot disguise .exe as .png'],
  ['in\u0000voice\r\n.pdf', 'application/pdf', 'invoice.pdf', 'control characters go'],
  ['what?<x>:"y"|*.pdf', 'application/pdf', 'what__x___y___.pdf', 'Windows-forbidden characters'],
  ['.bashrc', 'text/plain', 'bashrc', 'no hidden dot-file'],
  ['report.pdf. . ', 'application/pdf', 'report.pdf', 'Windows drops trailing dots and spaces'],
  ['CON.txt', 'text/plain', '_CON.txt', 'a device name is not a file on Windows'],
  ['', 'application/pdf', 'attachment.pdf', 'a nameless part gets a name and its extension'],
  ['..', 'text/plain; charset=utf-8', 'attachment.txt', 'a name that is only dots'],
  ['', 'application/x-unknown', 'attachment', 'no extension is guessed for an unknown type'],
];

describe('defaultSaveName', () => {
  it.each(names)('%j (%s) -> %j: %s', (filename, contentType, expected) => {
    expect(defaultSaveName(filename, contentType)).toBe(expected);
  });
});
