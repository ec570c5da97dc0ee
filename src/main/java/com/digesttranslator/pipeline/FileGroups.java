package com.digesttranslator.pipeline;

/**
 * The few groups that the translated digests are written in. A group per file made the Direct
 * Runner pay its per-bundle cost (it translates each ParDo to its proto form twice per bundle and
 * keeps watermark holds per key) a thousand times over in a 20-year backfill: 0.6 s of the overhead
 * benchmark's 7.3 s (docs/benchmarks.md, section 2). A fixed number of groups still gives every
 * runner work to share out; on Dataflow a group of a 20-year backfill is some 70 weeks.
 */
final class FileGroups {
  static final int COUNT = 16;

  private FileGroups() {}

  /** The group of the file at {@code path}. */
  static int of(String path) {
    return Math.floorMod(path.hashCode(), COUNT);
  }
}
