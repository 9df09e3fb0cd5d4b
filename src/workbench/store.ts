/**
 * The open workbook kept in this browser (IndexedDB), so a reload or a closed tab loses nothing.
 * IndexedDB rather than localStorage: a 150-region report's snapshot is several megabytes, beyond
 * localStorage's usual 5 MB, and IndexedDB stores the object without a JSON round trip.
 * Storage can be unavailable (private windows, blocked by policy): every call then quietly does
 * nothing and the workbench still works, it just starts empty after a reload.
 */
import type { IWorkbookData } from "@univerjs/core";

const DB_NAME = "indicator-planner-workbench";
const STORE = "workbooks";
const KEY = "current";

/** What is kept: the snapshot and the file name it was opened from or saved as. */
export interface StoredWorkbook {
  snapshot: IWorkbookData;
  fileName: string | null;
}

function open(): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    try {
      if (typeof indexedDB === "undefined") return resolve(null);
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(null);
      request.onblocked = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
}

function run<T>(mode: IDBTransactionMode, op: (store: IDBObjectStore) => IDBRequest): Promise<T | null> {
  return open().then(
    (db) =>
      new Promise<T | null>((resolve) => {
        if (!db) return resolve(null);
        try {
          const tx = db.transaction(STORE, mode);
          const request = op(tx.objectStore(STORE));
          tx.oncomplete = () => {
            db.close();
            resolve((request.result as T | undefined) ?? null);
          };
          tx.onerror = tx.onabort = () => {
            db.close();
            resolve(null);
          };
        } catch {
          db.close();
          resolve(null);
        }
      }),
  );
}

export function loadWorkbook(): Promise<StoredWorkbook | null> {
  return run<StoredWorkbook>("readonly", (s) => s.get(KEY));
}

export async function saveWorkbook(value: StoredWorkbook): Promise<void> {
  await run("readwrite", (s) => s.put(value, KEY));
}

export async function clearWorkbook(): Promise<void> {
  await run("readwrite", (s) => s.delete(KEY));
}
