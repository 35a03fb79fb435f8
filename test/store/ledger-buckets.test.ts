import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  bucketLabel,
  bucketStart,
  bucketStarts,
  MAX_BUCKETS,
  nextBucketStart,
} from "../../src/store/sqlite/ledger/buckets.js";

describe("series buckets", () => {
  it("puts a day in its day, ISO week, month and year", () => {
    const cases: [string, string, string, string][] = [
      // day, ISO week start, week label, month label
      ["2021-03-22", "2021-03-22", "2021-W12", "2021-03"], // a Monday
      ["2021-03-28", "2021-03-22", "2021-W12", "2021-03"], // the Sunday after
      ["2021-01-03", "2020-12-28", "2020-W53", "2021-01"], // belongs to the last week of 2020
      ["2018-12-31", "2018-12-31", "2019-W01", "2018-12"], // belongs to the first week of 2019
      ["2024-02-29", "2024-02-26", "2024-W09", "2024-02"], // leap day
    ];
    for (const [day, weekStart, week, month] of cases) {
      assert.equal(bucketStart(day, "day"), day);
      assert.equal(bucketStart(day, "week"), weekStart, day);
      assert.equal(bucketLabel(weekStart, "week"), week, day);
      assert.equal(bucketLabel(bucketStart(day, "month"), "month"), month);
      assert.equal(bucketStart(day, "year"), `${day.slice(0, 4)}-01-01`);
    }
  });

  it("steps to the next bucket across month and year ends", () => {
    assert.equal(nextBucketStart("2021-12-31", "day"), "2022-01-01");
    assert.equal(nextBucketStart("2021-12-27", "week"), "2022-01-03");
    assert.equal(nextBucketStart("2021-12-01", "month"), "2022-01-01");
    assert.equal(nextBucketStart("2024-01-01", "year"), "2025-01-01");
  });

  it("lists every bucket of a range and refuses ranges with too many", () => {
    assert.deepEqual(bucketStarts("2020-11-15", "2021-02-01", "month"), [
      "2020-11-01",
      "2020-12-01",
      "2021-01-01",
      "2021-02-01",
    ]);
    assert.equal(bucketStarts("2020-01-01", "2024-12-31", "month").length, 60);
    assert.equal(bucketStarts("2021-03-22", "2021-03-22", "week").length, 1);
    assert.throws(
      () => bucketStarts("1900-01-01", "2100-01-01", "day"),
      (err: unknown) =>
        (err as { code?: string }).code === "CH_USAGE" && String(err).includes(String(MAX_BUCKETS)),
    );
  });
});
