export declare const S3_TEST_CREDENTIALS: { AWS_ACCESS_KEY_ID: string; AWS_SECRET_ACCESS_KEY: string };

export interface S3TestServer {
  endpoint: string;
  directory: string;
  env(bucket: string): Record<string, string>;
  close(): Promise<void>;
}

export declare function startS3TestServer(opts?: { port?: number; buckets?: string[] }): Promise<S3TestServer>;
