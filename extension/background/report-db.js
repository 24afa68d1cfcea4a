// IndexedDB for the background: the reports, their short-lived trash (undo), and the site-list
// bodies. Only the service worker opens it (extension pages talk to the background by message);
// content scripts run in the page's origin and cannot reach the extension origin's databases.
//
// Versioned: UPGRADES[v] turns a version v-1 database into version v (object stores, indexes,
// record migrations), run in order inside the one upgrade transaction, so a browser that skipped
// versions still passes through every step. Data survives browser restarts, extension reloads and
// updates (same extension id, same origin).
import { REPORT_MIGRATIONS, migrateReport } from './report-schema.js';

export const DB_NAME = 'clearsource';
export const DB_VERSION = 2;

export const QUOTA_MESSAGE =
  'The browser has no storage space left for Clearsource, so nothing was saved. ' +
  'Export your reports (Options > Export > JSON), delete ones you no longer need, or free disk space, then try again.';

export class StoreError extends Error {
  constructor(code, message, cause) {
    super(message);
    this.name = 'StoreError';
    this.code = code;
    if (cause) this.cause = cause;
  }
}

/** Map IndexedDB failures to errors with a code a page can act on ('quota-exceeded', ...). */
export function toStoreError(err) {
  if (err instanceof StoreError) return err;
  const name = err?.name ?? '';
  if (name === 'QuotaExceededError' || /quota/i.test(err?.message ?? '')) {
    return new StoreError('quota-exceeded', QUOTA_MESSAGE, err);
  }
  if (name === 'VersionError') {
    return new StoreError('db-newer', 'The report database was written by a newer version of Clearsource; update the extension.', err);
  }
  return new StoreError('store-failed', `The report store failed: ${err?.message || name || 'unknown error'}`, err);
}

export function promisify(request) {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = (event) => {
      event?.preventDefault?.();  // we report it; do not let it abort with a console error too
      reject(toStoreError(request.error));
    };
  });
}

/** Resolves when the transaction commits; rejects (with a StoreError) when it aborts. */
export function done(tx) {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(toStoreError(tx.error ?? new Error('transaction aborted')));
    tx.onerror = (event) => event?.preventDefault?.();  // onabort follows and reports tx.error
  });
}

/**
 * A step that rewrites every record of a store through `migrate(record) -> record | null`
 * (null deletes it). For report schema bumps: UPGRADES[n] = migrateRecords('reports', ...).
 */
export function migrateRecords(storeName, migrate) {
  return (db, tx) => {
    const store = tx.objectStore(storeName);
    const request = store.openCursor();
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return;
      const next = migrate(cursor.value);
      if (next) cursor.update(next);
      else cursor.delete();
      cursor.continue();
    };
  };
}

// Reports whose migration fails are kept in 'trash' (restorable, exportable by a later version)
// rather than deleted: a reader's record is never dropped by an upgrade.
export function migrateReportsStep(migrations = REPORT_MIGRATIONS, target) {
  return (db, tx) => {
    const reports = tx.objectStore('reports');
    const trash = tx.objectStore('trash');
    const request = reports.openCursor();
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return;
      const result = migrateReport(cursor.value, { migrations, target });
      if (result.ok) {
        cursor.update(result.report);
      } else {
        trash.put({ id: cursor.value.id, deletedAt: Date.now(), batch: 'migration-failed', report: cursor.value, errors: result.errors });
        cursor.delete();
      }
      cursor.continue();
    };
  };
}

export const UPGRADES = Object.freeze({
  1(db) {
    const reports = db.createObjectStore('reports', { keyPath: 'id' });
    reports.createIndex('createdAt', 'createdAt');
    reports.createIndex('url', 'page.url');
    reports.createIndex('registrableDomain', 'page.registrableDomain');
    // Keyed by [batch, id]: undo reads and clears one batch with a single key range, however
    // many reports a bulk delete moved here.
    const trash = db.createObjectStore('trash', { keyPath: ['batch', 'id'] });
    trash.createIndex('deletedAt', 'deletedAt');
    db.createObjectStore('lists', { keyPath: 'id' });
    db.createObjectStore('meta', { keyPath: 'key' });
  },
  // The first builds created 'trash' keyed by id alone, without a version bump when the key
  // became [batch, id]: such a store is rebuilt with its records (undo data and reports kept
  // aside by failed migrations). A store step 1 made as it is now needs nothing.
  2(db, tx) {
    const old = tx.objectStore('trash');
    if (Array.isArray(old.keyPath)) return;
    old.name = 'trash-v1';
    const trash = db.createObjectStore('trash', { keyPath: ['batch', 'id'] });
    trash.createIndex('deletedAt', 'deletedAt');
    old.openCursor().onsuccess = (event) => {
      const cursor = event.target.result;
      if (!cursor) {
        db.deleteObjectStore('trash-v1');
        return;
      }
      trash.put({ batch: 'v1', ...cursor.value });
      cursor.continue();
    };
  },
});

/**
 * Open (and upgrade) a database. `upgrades` and `name` are parameters so tests can exercise
 * the migration path on a throwaway database.
 */
export function openDatabase({ name = DB_NAME, version = DB_VERSION, upgrades = UPGRADES, factory = globalThis.indexedDB } = {}) {
  return new Promise((resolve, reject) => {
    if (!factory) {
      reject(new StoreError('no-indexeddb', 'IndexedDB is not available here'));
      return;
    }
    let request;
    try {
      request = factory.open(name, version);
    } catch (err) {
      reject(toStoreError(err));
      return;
    }
    request.onupgradeneeded = (event) => {
      const db = request.result;
      const tx = request.transaction;
      try {
        for (let v = event.oldVersion + 1; v <= version; v++) {
          const step = upgrades[v];
          if (typeof step !== 'function') throw new Error(`no upgrade step to version ${v}`);
          step(db, tx, { oldVersion: event.oldVersion });
        }
      } catch (err) {
        tx.abort();
        reject(toStoreError(err));
      }
    };
    request.onsuccess = () => {
      const db = request.result;
      // A newer version opening elsewhere (an update while a page holds us): let it proceed.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => reject(toStoreError(request.error));
    request.onblocked = () => {};  // resolves once the old connection closes (onversionchange)
  });
}

/** One lazily opened connection, reopened after the browser closed it. */
export function createConnection(options = {}) {
  let dbPromise = null;
  return async function db() {
    if (!dbPromise) {
      dbPromise = openDatabase(options).then((db) => {
        db.addEventListener('close', () => { dbPromise = null; });
        const forget = db.onversionchange;
        db.onversionchange = (e) => { dbPromise = null; forget?.(e); };
        return db;
      }, (err) => {
        dbPromise = null;
        throw err;
      });
    }
    return dbPromise;
  };
}

/**
 * Serializes writes: each task starts after the previous one settled, so read-modify-write
 * sequences (merge on import, undo) never interleave. Reads do not need to queue.
 */
export function createWriteQueue() {
  let tail = Promise.resolve();
  return function enqueue(task) {
    const run = tail.then(() => task());
    tail = run.catch(() => {});
    return run;
  };
}
