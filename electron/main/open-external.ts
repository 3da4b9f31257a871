import { fail, ok, type Result } from '../../shared/api/result.js';
import type { CoreApi, HelpdeskApi, Req, Res, ShellCallName } from '../../shared/api/types.js';
import { parseSafeExternalUrl } from '../../shared/domain/url-policy.js';
import {
  saveAttachmentHandler,
  type ChooseSavePath,
  type ReadAttachment,
  type WriteFile,
} from './save-attachment.js';

/** `shell.openExternal`'s shape; injected so tests pass a recorder and never start a browser. */
export type OpenExternal = (url: string) => Promise<void>;

type OpenExternalCall = HelpdeskApi['shell:open-external'];

/**
 * The window's dialog already checked and showed the target, but the window is the side that
 * renders hostile mail, so main checks again with the same pure policy and opens only the
 * parser's normalised href — never the string it was sent.
 */
export function openExternalHandler(openExternal: OpenExternal): OpenExternalCall {
  return async ({ url }: Req<'shell:open-external'>): Promise<Result<Res<'shell:open-external'>>> => {
    const safe = parseSafeExternalUrl(url);
    if (safe === null) {
      return fail('invalid-request', 'This link may not be opened: only https and mailto links are allowed');
    }
    try {
      await openExternal(safe.href);
    } catch {
      // No browser or mail client registered for the scheme: the window says so and keeps the
      // address on screen to copy. Nothing here is worth a stack in the log.
      return ok({ opened: false });
    }
    return ok({ opened: true });
  };
}

/** What only the Electron shell (or a test's recorder standing in for it) can do. */
export interface ShellPorts {
  openExternal: OpenExternal;
  chooseSavePath: ChooseSavePath;
  writeFile: WriteFile;
}

/**
 * The full contract: the core's calls plus the ones only the Electron shell can answer. The core
 * hands over attachment bytes through its non-contract `attachment` member.
 */
export function withShellCalls<T extends CoreApi & { attachment: ReadAttachment }>(
  core: T,
  shell: ShellPorts,
): T & Pick<HelpdeskApi, ShellCallName> {
  return {
    ...core,
    'shell:open-external': openExternalHandler(shell.openExternal),
    'shell:save-attachment': saveAttachmentHandler(
      (id, index) => core.attachment(id, index),
      shell.chooseSavePath,
      shell.writeFile,
    ),
  };
}
