// The environment is parsed once at start; a bad value names its variable.
import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("the caps' variables", () => {
  it("default to 20 provider calls per person per minute and $1.00 per request", () => {
    const e = parseEnv({});
    expect(e.FRESCO_RATE_LIMIT_PER_MINUTE).toBe(20);
    expect(e.FRESCO_MAX_REQUEST_USD).toBe("1.00");
  });

  it("take whole numbers and USD amounts, 0 turning a cap off, and keep the default when left blank", () => {
    expect(parseEnv({ FRESCO_RATE_LIMIT_PER_MINUTE: "60", FRESCO_MAX_REQUEST_USD: " 2.50 " })).toMatchObject({
      FRESCO_RATE_LIMIT_PER_MINUTE: 60,
      FRESCO_MAX_REQUEST_USD: "2.50",
    });
    expect(parseEnv({ FRESCO_RATE_LIMIT_PER_MINUTE: "0", FRESCO_MAX_REQUEST_USD: "0" })).toMatchObject({
      FRESCO_RATE_LIMIT_PER_MINUTE: 0,
      FRESCO_MAX_REQUEST_USD: "0",
    });
    expect(parseEnv({ FRESCO_RATE_LIMIT_PER_MINUTE: "", FRESCO_MAX_REQUEST_USD: "" })).toMatchObject({
      FRESCO_RATE_LIMIT_PER_MINUTE: 20,
      FRESCO_MAX_REQUEST_USD: "1.00",
    });
  });

  it.each([
    ["FRESCO_RATE_LIMIT_PER_MINUTE", "-1"],
    ["FRESCO_RATE_LIMIT_PER_MINUTE", "2.5"],
    ["FRESCO_RATE_LIMIT_PER_MINUTE", "lots"],
    ["FRESCO_MAX_REQUEST_USD", "$1"],
    ["FRESCO_MAX_REQUEST_USD", "-1"],
    ["FRESCO_MAX_REQUEST_USD", "1e3"],
  ])("%s=%s fails start-up with the variable's name", (name, value) => {
    expect(() => parseEnv({ [name]: value })).toThrow(new RegExp(`Invalid environment:\\n  ${name}: `));
  });
});

describe("FRESCO_C2PA_TRUST_ANCHORS", () => {
  it("is unset by default: no signer reads as trusted", () => {
    expect(parseEnv({}).FRESCO_C2PA_TRUST_ANCHORS).toBeUndefined();
  });

  it("reads the PEM file it names once, and fails start-up on a missing file or one with no certificate", () => {
    expect(parseEnv({ FRESCO_C2PA_TRUST_ANCHORS: "lib/emulator/credentials/ca.pem" }).FRESCO_C2PA_TRUST_ANCHORS).toMatch(/^-----BEGIN CERTIFICATE-----/);
    expect(() => parseEnv({ FRESCO_C2PA_TRUST_ANCHORS: "no/such/anchors.pem" })).toThrow(/FRESCO_C2PA_TRUST_ANCHORS: Cannot read no\/such\/anchors\.pem/);
    expect(() => parseEnv({ FRESCO_C2PA_TRUST_ANCHORS: "package.json" })).toThrow(/FRESCO_C2PA_TRUST_ANCHORS: package\.json holds no PEM certificate/);
  });
});

describe("the S3 variables", () => {
  it("are off by default: images stay in the data folder", () => {
    expect(parseEnv({}).FRESCO_S3_BUCKET).toBeUndefined();
    expect(parseEnv({})).toMatchObject({ FRESCO_S3_REGION: "us-east-1", FRESCO_S3_FORCE_PATH_STYLE: false, FRESCO_S3_PREFIX: "" });
  });

  it("name a bucket, an endpoint, path style and a prefix (kept as a folder-like key start)", () => {
    const e = parseEnv({ FRESCO_S3_BUCKET: "team-images", FRESCO_S3_ENDPOINT: "http://127.0.0.1:9000", FRESCO_S3_FORCE_PATH_STYLE: "true", FRESCO_S3_PREFIX: "/fresco/prod/" });
    expect(e).toMatchObject({ FRESCO_S3_BUCKET: "team-images", FRESCO_S3_ENDPOINT: "http://127.0.0.1:9000", FRESCO_S3_FORCE_PATH_STYLE: true, FRESCO_S3_PREFIX: "fresco/prod/" });
  });

  it("refuse a bucket name S3 would refuse, an endpoint that is no URL and a yes/no that is neither, naming each", () => {
    expect(() => parseEnv({ FRESCO_S3_BUCKET: "My_Bucket" })).toThrow(/FRESCO_S3_BUCKET: Use a bucket name/);
    expect(() => parseEnv({ FRESCO_S3_ENDPOINT: "minio:9000" })).toThrow(/FRESCO_S3_ENDPOINT: Use the endpoint's URL/);
    expect(() => parseEnv({ FRESCO_S3_FORCE_PATH_STYLE: "yes" })).toThrow(/FRESCO_S3_FORCE_PATH_STYLE: Use true or false/);
  });
});
