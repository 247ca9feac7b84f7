import { describe, expect, it } from "vitest";
import { downloadLabel, stemOf } from "./download-name";

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0]);

describe("downloadLabel", () => {
  it("takes the extension and type from the bytes", () => {
    expect(downloadLabel(PNG, stemOf("evil.html"))).toEqual({ filename: "evil.png", contentType: "image/png" });
    expect(downloadLabel(JPEG, stemOf("photo.png"))).toEqual({ filename: "photo.jpeg", contentType: "image/jpeg" });
  });

  it("bytes of no image type download as opaque data", () => {
    expect(downloadLabel(Buffer.from("<script>"), "page")).toEqual({ filename: "page.bin", contentType: "application/octet-stream" });
  });

  it("keeps only characters a header can carry, and no leading dot", () => {
    expect(downloadLabel(PNG, stemOf('a"b\r\nc/..\\d.png')).filename).toBe("a_b__c_.._d.png");
    expect(downloadLabel(PNG, stemOf(".htaccess")).filename).toBe("htaccess.png");
    expect(downloadLabel(PNG, "").filename).toBe("image.png");
  });
});
