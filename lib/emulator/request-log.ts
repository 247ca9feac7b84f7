// What the emulator has been asked, for tests that assert "the provider was (not) called" and
// what it was sent: the client's User-Agent, and an edit's file parts as they arrived.

/** One file part of a multipart body, without its bytes. */
export interface FilePartRecord {
  field: string;
  filename: string;
  contentType: string;
  bytes: number;
}

export interface RequestRecord {
  method: string;
  path: string;
  /** null while the response is not yet sent (a `hang`, a stream in progress). */
  status: number | null;
  /** ISO timestamp of arrival. */
  at: string;
  requestId: string;
  /** The User-Agent header, or null when none was sent. */
  userAgent: string | null;
  /** An edit's file parts (images, then the mask), once its body has been read. */
  files?: FilePartRecord[];
}

export class RequestLog {
  private records: RequestRecord[] = [];

  /** Recorded on arrival, so a client that has its response always sees its request counted. */
  add(method: string, path: string, requestId: string, userAgent: string | null = null): RequestRecord {
    const record: RequestRecord = { method, path, status: null, at: new Date().toISOString(), requestId, userAgent };
    this.records.push(record);
    return record;
  }

  list(): RequestRecord[] {
    return this.records.map((r) => ({ ...r, files: r.files?.map((f) => ({ ...f })) }));
  }

  count(): number {
    return this.records.length;
  }

  clear(): void {
    this.records = [];
  }
}
