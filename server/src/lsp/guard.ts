/**
 * No handler may take the server down. Every handler registered through the guarded
 * connection (ours and the feature modules') is wrapped: an exception or a rejected
 * promise is logged to the client's output and the request answers null (an empty
 * result every LSP request accepts).
 */
import type { Connection } from 'vscode-languageserver/node';

type Logger = { error(message: string): void };

/** Runs `fn`; on an exception logs it and returns `fallback`. */
export function attempt<T>(log: Logger, what: string, fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch (error) {
    log.error(`nianbao: ${what} failed: ${describe(error)}`);
    return fallback;
  }
}

export function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? error.message;
  return String(error);
}

function wrapHandler(log: Logger, what: string, handler: (...args: unknown[]) => unknown) {
  return function guarded(this: unknown, ...args: unknown[]): unknown {
    try {
      const result = handler.apply(this, args);
      if (result instanceof Promise) {
        return result.catch((error: unknown) => {
          log.error(`nianbao: ${what} failed: ${describe(error)}`);
          return null;
        });
      }
      return result;
    } catch (error) {
      log.error(`nianbao: ${what} failed: ${describe(error)}`);
      return null;
    }
  };
}

/** Objects of the connection whose `on…` methods register handlers (connection.languages.inlayHint.on …). */
const NESTED = new Set(['languages', 'workspace', 'window', 'client', 'notebooks', 'inlayHint', 'semanticTokens',
  'inlineValue', 'foldingRange', 'typeHierarchy', 'callHierarchy', 'moniker', 'diagnostics', 'textDocumentContent',
  'onTypeFormatting', 'linkedEditingRange', 'inlineCompletion', 'synchronization']);

function guardObject<T extends object>(target: T, log: Logger, path: string): T {
  const cache = new Map<PropertyKey, unknown>();
  return new Proxy(target, {
    get(obj, key, receiver) {
      const value: unknown = Reflect.get(obj, key, receiver);
      if (typeof key !== 'string') return value;
      if (cache.has(key)) return cache.get(key);
      let out: unknown = value;
      if (typeof value === 'function' && /^on[A-Z]?/.test(key)) {
        const register = value as (...args: unknown[]) => unknown;
        out = (...args: unknown[]) => {
          const name = typeof args[0] === 'string' ? `${path}${key}(${args[0]})` : `${path}${key}`;
          return register.apply(obj, args.map((a) => (typeof a === 'function' ? wrapHandler(log, name, a as never) : a)));
        };
      } else if (typeof value === 'function') {
        out = (value as (...args: unknown[]) => unknown).bind(obj);
      } else if (value !== null && typeof value === 'object' && NESTED.has(key)) {
        out = guardObject(value, log, `${path}${key}.`);
      } else {
        return value;
      }
      cache.set(key, out);
      return out;
    },
  });
}

/**
 * The connection with every handler registration guarded; the server and all features
 * use this one. Also logs, instead of dying on, an exception thrown from a timer or a
 * promise nobody awaited.
 */
export function guardConnection<C extends Connection>(connection: C): C {
  const log: Logger = { error: (message) => connection.console.error(message) };
  process.on('unhandledRejection', (reason) => log.error(`nianbao: unhandled rejection: ${describe(reason)}`));
  process.on('uncaughtException', (error) => log.error(`nianbao: uncaught exception: ${describe(error)}`));
  return guardObject(connection, log, '');
}
