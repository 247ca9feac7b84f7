// What the emulator has been asked, for tests that assert "the provider was (not) called".

export interface RequestRecord {
  method: string;
  path: string;
  /** null while the response is not yet sent (a `hang`, a stream in progress). */
  status: number | null;
  /** ISO timestamp of arrival. */
  at: string;
  requestId: string;
}

export class RequestLog {
  private records: RequestRecord[] = [];

  /** Recorded on arrival, so a client that has its response always sees its request counted. */
  add(method: string, path: string, requestId: string): RequestRecord {
    const record: RequestRecord = { method, path, status: null, at: new Date().toISOString(), requestId };
    this.records.push(record);
    return record;
  }

  list(): RequestRecord[] {
    return this.records.map((r) => ({ ...r }));
  }

  count(): number {
    return this.records.length;
  }

  clear(): void {
    this.records = [];
  }
}
